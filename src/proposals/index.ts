/** Public API of residents' proposals: model, catalogue, validation, commands, files, links, storage. */
export * from "./model";
export { idRecord, toIdRecord, hasId, byId, withId, withoutId, type IdRecord } from "./id-records";
export * from "./practice-catalogue";
export type { Issue, ProposalMessageKey, Result } from "./issues";
export { cleanText, capText, textLength } from "./text";
export { validateProposal, isTimestamp, isValidId } from "./validate";
export { parseProposal } from "./parse";
export { createProposal, type ProposalDraft } from "./create";
export * from "./commands";
export * from "./dots";
export * from "./history";
export { mergeProposals, diffProposals, type MergeReport, type Skipped } from "./merge";
export * from "./geojson";
export { createShareLink, readShareLink, SHARE_PARAM, SHARE_LINK_VERSION, SHARE_LIMITS, type ShareOptions } from "./share-link";
export { migrateRecord, migrateV1ToV2, MIGRATIONS } from "./migrations";
export * from "./storage";
export { applyEdit, type ProposalEdit } from "./concurrent-edit";

/** Problems found by pure proposal code: a message key plus parameters, never a sentence. */
import type { ProposalMessageKey } from "../i18n/messages/proposals";

export type { ProposalMessageKey };

export interface Issue {
  /** The field the problem is about ("name", "location", ...), or "" for the whole input. */
  field: string;
  key: ProposalMessageKey;
  params?: Readonly<Record<string, string | number>>;
}

export function issue(field: string, key: ProposalMessageKey, params?: Record<string, string | number>): Issue {
  return params ? { field, key, params } : { field, key };
}

/** The outcome of something that can be refused: a value, or the issues that stopped it. */
export type Result<T> = ({ ok: true } & T) | { ok: false; issues: Issue[] };

/**
 * Residents' proposals on the map: their style layers, their symbols, and the pure state → map
 * data functions (tested in Node). Names are drawn by MapLibre as text, never as HTML.
 */
import type { FeatureCollection, Point } from "geojson";
import type { LayerSpecification } from "maplibre-gl";
import { STATUSES, type ProposalMap, type ProposalStatus, type Proposal } from "../proposals";
import { STATUS_SYMBOLS } from "../proposals/status-symbols";
import type { LngLat, ProposalsSlice } from "../state/slices/proposals";
import { rasterCrosshair, rasterPolygon, type RgbaImage } from "./icons";
import { LABEL_FONT } from "./overlay-style";

export const PROPOSALS_SOURCE = "proposals";
/** The keyboard crosshair and the place of a proposal being written. */
export const CURSOR_SOURCE = "proposals-cursor";
export const PROPOSAL_ICON_LAYER = "proposals-icon";
const CROSSHAIR_ICON = "proposal-crosshair";
const CURSOR_COLOUR = "#b34700";

export const statusIconName = (status: ProposalStatus) => `proposal-${status}`;

export interface ProposalProperties {
  id: string;
  name: string;
  status: ProposalStatus;
  selected: boolean;
  /** From a share link, not (yet) accepted. */
  pending: boolean;
}

export type ProposalCollection = FeatureCollection<Point, ProposalProperties>;
export type CursorCollection = FeatureCollection<Point, { kind: "crosshair" | "draft" }>;

/** The inputs of proposalCollection; the map re-sends data only when one of them changed. */
export type ProposalMapInputs = Pick<ProposalsSlice, "selectedProposal" | "proposalDrag" | "incomingShare"> & { proposals: ProposalMap };

export function proposalInputs(s: ProposalsSlice): ProposalMapInputs {
  return { proposals: s.proposalSession.state.proposals, selectedProposal: s.selectedProposal, proposalDrag: s.proposalDrag, incomingShare: s.incomingShare };
}

export function sameInputs(a: ProposalMapInputs, b: ProposalMapInputs): boolean {
  return a.proposals === b.proposals && a.selectedProposal === b.selectedProposal && a.proposalDrag === b.proposalDrag && a.incomingShare === b.incomingShare;
}

const point = (coordinates: LngLat): Point => ({ type: "Point", coordinates });

function toFeature(p: Proposal, selected: boolean, pending: boolean, at: LngLat = p.location.coordinates) {
  return { type: "Feature" as const, geometry: point(at), properties: { id: p.id, name: p.name, status: p.status, selected, pending } };
}

/** Every stored proposal (a dragged one at its drag position), then the ones offered by a share link. */
export function proposalCollection(inputs: ProposalMapInputs): ProposalCollection {
  const { proposals, selectedProposal, proposalDrag, incomingShare } = inputs;
  const stored = Object.values(proposals).map((p) =>
    toFeature(p, p.id === selectedProposal, false, proposalDrag?.id === p.id ? proposalDrag.location : undefined),
  );
  const offered = (incomingShare ?? []).map((p) => toFeature(p, false, true));
  return { type: "FeatureCollection", features: [...stored, ...offered] };
}

/** The crosshair while proposing, and the draft's place while its form is open. */
export function cursorCollection(s: Pick<ProposalsSlice, "interactionMode" | "proposeCursor" | "proposalForm">): CursorCollection {
  const features: CursorCollection["features"] = [];
  if (s.interactionMode === "propose" && s.proposeCursor) {
    features.push({ type: "Feature", geometry: point(s.proposeCursor), properties: { kind: "crosshair" } });
  }
  if (s.proposalForm?.kind === "new") features.push({ type: "Feature", geometry: point(s.proposalForm.location), properties: { kind: "draft" } });
  return { type: "FeatureCollection", features };
}

/** Symbols drawn in code: one polygon per status, and the crosshair. */
export function proposalImages(): { name: string; image: RgbaImage }[] {
  const markers = STATUSES.map((status) => {
    const s = STATUS_SYMBOLS[status];
    return { name: statusIconName(status), image: rasterPolygon({ sides: s.sides, rotation: (s.rotation * Math.PI) / 180 }, 44, s.fill, s.outline, 4) };
  });
  return [...markers, { name: CROSSHAIR_ICON, image: rasterCrosshair(64, CURSOR_COLOUR) }];
}

const flag = (name: keyof ProposalProperties) => ["boolean", ["get", name], false];

export function proposalStyleLayers(): LayerSpecification[] {
  return [
    {
      id: "proposals-halo",
      type: "circle",
      source: PROPOSALS_SOURCE,
      paint: {
        "circle-radius": ["case", flag("selected"), 17, flag("pending"), 16, 12] as unknown as number,
        "circle-color": "#ffffff",
        "circle-opacity": 0.9,
        "circle-stroke-color": ["case", flag("pending"), CURSOR_COLOUR, "#1f1d1a"] as unknown as string,
        "circle-stroke-width": ["case", flag("selected"), 3, flag("pending"), 3, 1] as unknown as number,
      },
    },
    {
      id: PROPOSAL_ICON_LAYER,
      type: "symbol",
      source: PROPOSALS_SOURCE,
      layout: {
        "icon-image": ["concat", "proposal-", ["get", "status"]] as unknown as string,
        "icon-size": 1,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
        "text-field": ["get", "name"],
        "text-font": LABEL_FONT,
        "text-size": 13,
        "text-offset": [0, 1.4],
        "text-anchor": "top",
        "text-optional": true,
        "text-max-width": 12,
      },
      paint: { "text-color": "#1f1d1a", "text-halo-color": "#ffffff", "text-halo-width": 2 },
    },
    {
      id: "proposals-cursor",
      type: "symbol",
      source: CURSOR_SOURCE,
      layout: {
        "icon-image": ["case", ["==", ["get", "kind"], "crosshair"], CROSSHAIR_ICON, statusIconName("idea")] as unknown as string,
        "icon-size": 1,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
      },
    },
  ];
}

/**
 * The map's interaction modes as data (Placemark's state/mode.ts pattern): a record from mode to
 * its handlers. "select" picks proposals; "propose" turns a click, or Enter on the keyboard
 * crosshair, into a new proposal's place. Handlers see the map only through ModeContext, so they
 * are tested in Node with a real store and plain functions standing in for the map's geometry.
 */
import type { LayerId } from "../layers/definitions";
import { moveProposal, type LinkedFeature } from "../proposals";
import type { InteractionMode, LngLat, Notice } from "../state/slices/proposals";
import type { AppStore } from "../state/store";

export interface ScreenPoint {
  x: number;
  y: number;
}

/** An existing place under a point that a proposal can reuse. */
export interface PlaceHit {
  linked: LinkedFeature & { layer: LayerId };
  name: string;
}

/** A named place near a point, and how far it is. */
export interface NearPlace {
  name: string;
  metres: number;
}

export interface ModeContext {
  store: AppStore;
  placeAt(point: ScreenPoint): PlaceHit | null;
  /** The name of the nearest named street of the walking network close to a point, or null. */
  streetAt(point: ScreenPoint): string | null;
  /** The nearest named place within NEAR_PLACE_M of a point, or null. */
  placeNear(point: ScreenPoint): NearPlace | null;
  proposalAt(point: ScreenPoint): string | null;
  toLngLat(point: ScreenPoint): LngLat;
  toPoint(lngLat: LngLat): ScreenPoint;
  size(): { width: number; height: number };
  panBy(dx: number, dy: number): void;
}

export interface ModeHandlers {
  /** Whether MapLibre's own arrow-key panning stays on (off while the arrows move the crosshair). */
  mapKeyboard: boolean;
  click(ctx: ModeContext, point: ScreenPoint): void;
  /** Returns true when the key was handled (the map then ignores it). */
  key(ctx: ModeContext, key: string, shift: boolean): boolean;
}

/** Crosshair steps in screen pixels: small for precision, large with Shift. */
export const CURSOR_STEP = 12;
export const CURSOR_BIG_STEP = 60;
/** Keep the crosshair this far inside the map's edges; beyond it the map pans instead. */
const EDGE = 40;

/** How far a place may be to be named as a landmark when no street is near the crosshair. */
export const NEAR_PLACE_M = 150;

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function proposeAt(ctx: ModeContext, location: LngLat, hit: PlaceHit | null): void {
  ctx.store.getState().openProposalForm({ kind: "new", location, ...(hit && { linkedFeature: hit.linked }) });
}

/** A named line or outline in screen pixels, as the map drew it. */
export interface ScreenShape {
  name: string;
  lines: ScreenPoint[][];
}

/** The shape nearest to a point by screen distance, the nearest point on it, and that distance. */
export function nearestShape<S extends ScreenShape>(point: ScreenPoint, shapes: readonly S[]): { shape: S; at: ScreenPoint; px: number } | null {
  let best: { shape: S; at: ScreenPoint; px: number } | null = null;
  for (const shape of shapes) {
    for (const line of shape.lines) {
      // A single point (a bench, a meeting place's icon) is a line of one vertex.
      for (let i = 0; i < Math.max(1, line.length - 1); i++) {
        const a = line[i];
        const b = line[i + 1] ?? a;
        if (!a) continue;
        const at = closestOnSegment(point, a, b);
        const px = Math.hypot(at.x - point.x, at.y - point.y);
        if (!best || px < best.px) best = { shape, at, px };
      }
    }
  }
  return best;
}

function closestOnSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): ScreenPoint {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2)) : 0;
  return { x: a.x + t * dx, y: a.y + t * dy };
}

/** Distances are spoken in steps of ten metres: a screen reader need not say "83". */
const roundMetres = (metres: number) => Math.max(10, Math.round(metres / 10) * 10);

/** What the crosshair is on: a place it can reuse, else the street it is by, else a place nearby. */
function describe(ctx: ModeContext, point: ScreenPoint): Notice {
  const hit = ctx.placeAt(point);
  if (hit) return { key: "proposalsUi.mode.cursorOnPlace", params: { layer: hit.linked.layer, name: hit.name } };
  const street = ctx.streetAt(point);
  if (street) return { key: "proposalsUi.mode.cursorOnStreet", params: { street } };
  const near = ctx.placeNear(point);
  if (near) return { key: "proposalsUi.mode.cursorNearPlace", params: { metres: roundMetres(near.metres), name: near.name } };
  return { key: "proposalsUi.mode.cursorFree" };
}

function moveCursor(ctx: ModeContext, [dx, dy]: [number, number], step: number): void {
  const { proposeCursor, view } = ctx.store.getState();
  const from = ctx.toPoint(proposeCursor ?? view.center);
  const to = { x: from.x + dx * step, y: from.y + dy * step };
  const location = ctx.toLngLat(to);
  const { width, height } = ctx.size();
  // Near an edge the map pans along, so the crosshair can travel the whole neighbourhood.
  if (to.x < EDGE || to.y < EDGE || to.x > width - EDGE || to.y > height - EDGE) ctx.panBy(dx * step, dy * step);
  ctx.store.getState().setProposeCursor(location, describe(ctx, ctx.toPoint(location)));
}

export const MODES: Record<InteractionMode, ModeHandlers> = {
  select: {
    mapKeyboard: true,
    click(ctx, point) {
      const id = ctx.proposalAt(point);
      ctx.store.getState().selectProposal(id);
      // A proposal sits on top of the layers: picking it is not also picking the place below.
      if (id) ctx.store.getState().select(null);
    },
    key: () => false,
  },
  propose: {
    mapKeyboard: false,
    click(ctx, point) {
      proposeAt(ctx, ctx.toLngLat(point), ctx.placeAt(point));
    },
    key(ctx, key, shift) {
      const state = ctx.store.getState();
      if (key === "Escape") {
        state.setInteractionMode("select");
        return true;
      }
      if (key === "Enter" || key === " ") {
        const at = state.proposeCursor ?? state.view.center;
        proposeAt(ctx, at, ctx.placeAt(ctx.toPoint(at)));
        return true;
      }
      const arrow = ARROWS[key];
      if (!arrow) return false;
      moveCursor(ctx, arrow, shift ? CURSOR_BIG_STEP : CURSOR_STEP);
      return true;
    },
  },
};

/** Ends a drag: one move command, linked to the place it was dropped on (or to none). */
export function dropProposal(ctx: ModeContext, id: string, point: ScreenPoint): void {
  const { proposalDrag, runProposalCommand, setProposalDrag } = ctx.store.getState();
  if (proposalDrag?.id === id) {
    runProposalCommand(moveProposal(id, { type: "Point", coordinates: proposalDrag.location }, ctx.placeAt(point)?.linked ?? null));
  }
  setProposalDrag(null);
}

/**
 * The map's interaction modes as data (Placemark's state/mode.ts pattern): a record from mode to
 * its handlers. "select" picks proposals; "propose" turns a click, or Enter on the keyboard
 * crosshair, into a new proposal's place. Handlers see the map only through ModeContext, so they
 * are tested in Node with a real store and plain functions standing in for the map's geometry.
 */
import type { LayerId } from "../layers/definitions";
import { moveProposal, type LinkedFeature } from "../proposals";
import type { InteractionMode, LngLat } from "../state/slices/proposals";
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

export interface ModeContext {
  store: AppStore;
  placeAt(point: ScreenPoint): PlaceHit | null;
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

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function proposeAt(ctx: ModeContext, location: LngLat, hit: PlaceHit | null): void {
  ctx.store.getState().openProposalForm({ kind: "new", location, ...(hit && { linkedFeature: hit.linked }) });
}

function describe(hit: PlaceHit | null) {
  return hit ? { key: "proposalsUi.mode.cursorOnPlace", params: { layer: hit.linked.layer, name: hit.name } } : { key: "proposalsUi.mode.cursorFree" };
}

function moveCursor(ctx: ModeContext, [dx, dy]: [number, number], step: number): void {
  const { proposeCursor, view } = ctx.store.getState();
  const from = ctx.toPoint(proposeCursor ?? view.center);
  const to = { x: from.x + dx * step, y: from.y + dy * step };
  const location = ctx.toLngLat(to);
  const { width, height } = ctx.size();
  // Near an edge the map pans along, so the crosshair can travel the whole neighbourhood.
  if (to.x < EDGE || to.y < EDGE || to.x > width - EDGE || to.y > height - EDGE) ctx.panBy(dx * step, dy * step);
  ctx.store.getState().setProposeCursor(location, describe(ctx.placeAt(ctx.toPoint(location))));
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

import { describe, expect, it } from "vitest";
import {
  CURSOR_BIG_STEP, CURSOR_STEP, MODES, NEAR_PLACE_M, dropProposal, nearestShape, type ModeContext, type PlaceHit, type ScreenPoint, type ScreenShape,
} from "../../../src/map/propose-mode";
import { selectProposalMap } from "../../../src/state/slices/proposals";
import type { AppStore } from "../../../src/state/store";
import { proposal, storeWith } from "./helpers";

/** The Gasthuisstraat along y = 200, the Kerkstraat along x = 700; one pixel is one metre. */
const STREETS: ScreenShape[] = [
  { name: "Gasthuisstraat", lines: [[{ x: 0, y: 200 }, { x: 800, y: 200 }]] },
  { name: "Kerkstraat", lines: [[{ x: 700, y: 0 }, { x: 700, y: 600 }]] },
];
const PLACES: ScreenShape[] = [{ name: "Buurthuis De Brug", lines: [[{ x: 500, y: 500 }]] }];

/**
 * A flat 800×600 screen around (3.0, 52.1) at 10,000 px per degree; a vacant building covers the
 * screen's left half, proposal "a" sits at (100, 100), two streets and a neighbourhood house as
 * above. Plain geometry, not a stand-in for the library.
 */
function screen(store: AppStore) {
  const pans: [number, number][] = [];
  // Panning shifts which place is on screen: the origin is the screen's top-left in "world pixels".
  const origin = { x: 0, y: 0 };
  const toLngLat = ({ x, y }: ScreenPoint): [number, number] => [3.0 + (x + origin.x - 400) / 10_000, 52.1 - (y + origin.y - 300) / 10_000];
  const ctx: ModeContext = {
    store,
    placeAt: ({ x }): PlaceHit | null => (x < 400 ? { linked: { layer: "vacant", featureId: "way/1" }, name: "Oud postkantoor" } : null),
    proposalAt: ({ x, y }) => (Math.hypot(x - 100, y - 100) < 10 ? "a" : null),
    streetAt: (point) => {
      const nearest = nearestShape(point, STREETS);
      return nearest && nearest.px <= 24 ? nearest.shape.name : null;
    },
    placeNear: (point) => {
      const nearest = nearestShape(point, PLACES);
      return nearest && nearest.px <= NEAR_PLACE_M ? { name: nearest.shape.name, metres: nearest.px } : null;
    },
    toLngLat,
    toPoint: ([lng, lat]) => ({ x: 400 + (lng - 3.0) * 10_000 - origin.x, y: 300 - (lat - 52.1) * 10_000 - origin.y }),
    size: () => ({ width: 800, height: 600 }),
    panBy: (dx, dy) => {
      pans.push([dx, dy]);
      origin.x += dx;
      origin.y += dy;
    },
  };
  return { ctx, pans, toLngLat };
}

describe("the interaction modes as data", () => {
  it("in select mode, picks a proposal and lets the map keep its own keys", () => {
    const store = storeWith(proposal("a"));
    store.getState().select({ layer: "green", id: "g1" });
    const { ctx } = screen(store);
    MODES.select.click(ctx, { x: 101, y: 99 });
    expect(store.getState().selectedProposal).toBe("a");
    expect(store.getState().selected).toBeNull();
    MODES.select.click(ctx, { x: 600, y: 300 });
    expect(store.getState().selectedProposal).toBeNull();
    expect(MODES.select.key(ctx, "Enter", false)).toBe(false);
    expect(MODES.select.mapKeyboard).toBe(true);
  });

  it("in propose mode, a click opens the form there, linked to the place it reuses", () => {
    const store = storeWith();
    const { ctx, toLngLat } = screen(store);
    store.getState().setInteractionMode("propose");
    MODES.propose.click(ctx, { x: 200, y: 300 });
    expect(store.getState().proposalForm).toEqual({ kind: "new", location: toLngLat({ x: 200, y: 300 }), linkedFeature: { layer: "vacant", featureId: "way/1" } });
    expect(store.getState().interactionMode).toBe("select");
    store.getState().setInteractionMode("propose");
    MODES.propose.click(ctx, { x: 600, y: 300 });
    expect(store.getState().proposalForm).toEqual({ kind: "new", location: toLngLat({ x: 600, y: 300 }) });
  });

  it("moves the crosshair with the arrows (Shift for big steps), says what is under it, and proposes on Enter", () => {
    const store = storeWith();
    const { ctx, toLngLat } = screen(store);
    store.getState().setInteractionMode("propose");
    expect(MODES.propose.mapKeyboard).toBe(false);
    expect(MODES.propose.key(ctx, "ArrowRight", false)).toBe(true);
    expect(MODES.propose.key(ctx, "ArrowDown", true)).toBe(true);
    expect(store.getState().proposeCursor).toEqual(toLngLat({ x: 400 + CURSOR_STEP, y: 300 + CURSOR_BIG_STEP }));
    expect(store.getState().proposeHint).toEqual({ key: "proposalsUi.mode.cursorFree" });
    for (let i = 0; i < 3; i++) MODES.propose.key(ctx, "ArrowLeft", true);
    expect(store.getState().proposeHint).toEqual({ key: "proposalsUi.mode.cursorOnPlace", params: { layer: "vacant", name: "Oud postkantoor" } });
    expect(MODES.propose.key(ctx, "a", false)).toBe(false);
    expect(MODES.propose.key(ctx, "Enter", false)).toBe(true);
    const form = store.getState().proposalForm;
    expect(form?.kind === "new" && form.linkedFeature).toEqual({ layer: "vacant", featureId: "way/1" });
  });

  it("names the street by the crosshair, else a place nearby and how far it is, else only that it moved", () => {
    const store = storeWith();
    const { ctx } = screen(store);
    store.getState().setInteractionMode("propose");
    // From (400, 300) up to y = 240 and 228: more than 24 px from the Gasthuisstraat, nothing near.
    MODES.propose.key(ctx, "ArrowUp", true);
    MODES.propose.key(ctx, "ArrowUp", false);
    expect(store.getState().proposeHint).toEqual({ key: "proposalsUi.mode.cursorFree" });
    MODES.propose.key(ctx, "ArrowUp", false);
    expect(store.getState().proposeHint).toEqual({ key: "proposalsUi.mode.cursorOnStreet", params: { street: "Gasthuisstraat" } });
    // A place the crosshair can reuse wins over the street beside it.
    MODES.propose.key(ctx, "ArrowLeft", false);
    expect(store.getState().proposeHint?.key).toBe("proposalsUi.mode.cursorOnPlace");
    // (400, 420): 128 m from the neighbourhood house, said in steps of ten metres.
    store.getState().setProposeCursor(ctx.toLngLat({ x: 400, y: 300 }));
    MODES.propose.key(ctx, "ArrowDown", true);
    MODES.propose.key(ctx, "ArrowDown", true);
    expect(store.getState().proposeHint).toEqual({ key: "proposalsUi.mode.cursorNearPlace", params: { metres: 130, name: "Buurthuis De Brug" } });
  });

  it("finds the nearest named shape by screen distance, on a line or at a single point", () => {
    expect(nearestShape({ x: 690, y: 300 }, STREETS)).toMatchObject({ shape: { name: "Kerkstraat" }, at: { x: 700, y: 300 }, px: 10 });
    expect(nearestShape({ x: 300, y: 190 }, STREETS)).toMatchObject({ shape: { name: "Gasthuisstraat" }, at: { x: 300, y: 200 }, px: 10 });
    // Past a line's end the nearest point is the end itself.
    expect(nearestShape({ x: 703, y: -4 }, STREETS)).toMatchObject({ at: { x: 700, y: 0 }, px: 5 });
    expect(nearestShape({ x: 503, y: 504 }, PLACES)).toMatchObject({ at: { x: 500, y: 500 }, px: 5 });
    expect(nearestShape({ x: 0, y: 0 }, [])).toBeNull();
  });

  it("pans the map when the crosshair reaches an edge, and leaves the mode on Escape", () => {
    const store = storeWith();
    const { ctx, pans } = screen(store);
    store.getState().setInteractionMode("propose");
    // From y = 300 in steps of 60: 240, 180, 120, 60, then each further step pans the map instead.
    for (let i = 0; i < 7; i++) MODES.propose.key(ctx, "ArrowUp", true);
    expect(pans).toEqual([[0, -CURSOR_BIG_STEP], [0, -CURSOR_BIG_STEP], [0, -CURSOR_BIG_STEP]]);
    const [, lat] = store.getState().proposeCursor!;
    expect(lat).toBeCloseTo(52.1 + (7 * CURSOR_BIG_STEP) / 10_000, 9);
    expect(ctx.toPoint(store.getState().proposeCursor!).y).toBeGreaterThanOrEqual(40);
    expect(MODES.propose.key(ctx, "Escape", false)).toBe(true);
    expect(store.getState().interactionMode).toBe("select");
    expect(store.getState().proposeCursor).toBeNull();
  });

  it("commits a drag as one move command, linked to the place it is dropped on", () => {
    const store = storeWith(proposal("a"));
    const { ctx } = screen(store);
    store.getState().setProposalDrag({ id: "a", location: [2.99, 52.1] });
    dropProposal(ctx, "a", { x: 300, y: 300 });
    const moved = selectProposalMap(store.getState()).a;
    expect(moved.location.coordinates).toEqual([2.99, 52.1]);
    expect(moved.linkedFeature).toEqual({ layer: "vacant", featureId: "way/1" });
    expect(store.getState().proposalDrag).toBeNull();
    store.getState().undoProposal();
    expect(selectProposalMap(store.getState()).a.location.coordinates).toEqual([3.0, 52.1]);
  });
});

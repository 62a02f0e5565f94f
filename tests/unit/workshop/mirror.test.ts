import { afterEach, describe, expect, it } from "vitest";
import { goToStep } from "../../../src/app/workshop/steps";
import { startMirror } from "../../../src/sync/mirror";
import { createAppStore } from "../../../src/state/store";

// Node has BroadcastChannel too: two stores in one process talk as two windows would.
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe("mirroring over a BroadcastChannel", () => {
  it("gives a new projector the current state at once, then follows every change", async () => {
    const channel = `test-${Math.random()}`;
    const facilitator = createAppStore();
    goToStep(facilitator, "gaps");
    facilitator.getState().selectGap("gap-1");
    stops.push(startMirror(facilitator, "facilitator", channel));

    const projector = createAppStore();
    stops.push(startMirror(projector, "projector", channel));
    expect(await until(() => projector.getState().selectedGap === "gap-1")).toBe(true);
    expect(projector.getState().workshopStep).toBe("gaps");

    facilitator.getState().toggleLayer("meeting");
    goToStep(facilitator, "support");
    expect(await until(() => projector.getState().workshopStep === "support")).toBe(true);
    expect(projector.getState().visible).toEqual(facilitator.getState().visible);
  });

  it("never lets the projector steer the facilitator", async () => {
    const channel = `test-${Math.random()}`;
    const facilitator = createAppStore();
    const projector = createAppStore();
    stops.push(startMirror(facilitator, "facilitator", channel), startMirror(projector, "projector", channel));
    projector.getState().selectGap("only-here");
    await new Promise((r) => setTimeout(r, 150));
    expect(facilitator.getState().selectedGap).toBeNull();
  });

  it("ignores hostile messages on the channel and still applies the next valid snapshot", async () => {
    const channel = `test-${Math.random()}`;
    const projector = createAppStore();
    stops.push(startMirror(projector, "projector", channel));
    const intruder = new BroadcastChannel(channel);
    const before = projector.getState().view;
    for (const message of [null, "snapshot", { type: "snapshot" }, { type: "snapshot", snapshot: { v: 1, view: null } }, { type: "snapshot", snapshot: { v: 1, proposals: { constructor: {} } } }]) {
      intruder.postMessage(message);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(projector.getState().view).toEqual(before);

    const facilitator = createAppStore();
    goToStep(facilitator, "support");
    stops.push(startMirror(facilitator, "facilitator", channel));
    intruder.postMessage({ type: "hello" });
    expect(await until(() => projector.getState().workshopStep === "support")).toBe(true);
    intruder.close();
  });
});

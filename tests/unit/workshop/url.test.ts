import { describe, expect, it } from "vitest";
import { joinLink, parseWorkshopUrl, projectorLink, withWorkshopParams } from "../../../src/app/workshop/workshop-url";
import { qrMatrix } from "../../../src/app/workshop/qr-matrix";
import { parseUrlState } from "../../../src/state/url-state";

describe("workshop URL", () => {
  it("reads step, projector, report and propose mode, ignoring junk", () => {
    expect(parseWorkshopUrl("#map=15/52.1/3&step=gaps&screen=projector&view=report&mode=propose")).toEqual({
      step: "gaps", projector: true, report: true, propose: true,
    });
    expect(parseWorkshopUrl("#step=nope&screen=tv&view=x")).toEqual({});
  });

  it("replaces only its own parameters and keeps map= readable", () => {
    const hash = withWorkshopParams("#map=15.00/52.10000/3.00000&layers=meeting&step=gaps&voorstellen=abc", { step: "support" });
    expect(hash).toBe("#map=15.00/52.10000/3.00000&layers=meeting&voorstellen=abc&step=support");
    expect(parseUrlState(hash).view).toEqual({ center: [3, 52.1], zoom: 15 });
    expect(withWorkshopParams("#map=1/2/3&step=gaps", {})).toBe("#map=1/2/3");
  });

  it("makes the projector's and the residents' links", () => {
    expect(projectorLink("https://x.org/kaart/#map=15/52.1/3&step=gaps&view=report")).toBe("https://x.org/kaart/#map=15/52.1/3&step=gaps&screen=projector");
    expect(projectorLink("https://x.org/#map=15/52.1/3&voorstellen=eJyr&mode=propose")).toBe("https://x.org/#map=15/52.1/3&screen=projector");
    const join = joinLink("https://x.org/kaart/#map=1/2/3&step=gaps", { center: [3.00123, 52.1], zoom: 16 });
    expect(join).toBe("https://x.org/kaart/#map=16.00/52.10000/3.00123&mode=propose");
    expect(parseWorkshopUrl(join.split("#")[1]).propose).toBe(true);
    // A Turkish-speaking facilitator's QR code opens in Turkish (a resident's own earlier choice still wins).
    expect(joinLink("https://x.org/#map=1/2/3&lang=tr", { center: [3, 52.1], zoom: 16 })).toBe("https://x.org/#map=16.00/52.10000/3.00000&lang=tr&mode=propose");
  });

  it("encodes the join link as a QR matrix of a valid size", () => {
    const m = qrMatrix("https://x.org/kaart/#map=16.00/52.10000/3.00123&mode=propose");
    expect(m.length).toBeGreaterThanOrEqual(21);
    expect((m.length - 17) % 4).toBe(0);
    // The three finder patterns' dark corners.
    expect([m[0][0], m[0][m.length - 1], m[m.length - 1][0]]).toEqual([true, true, true]);
  });
});

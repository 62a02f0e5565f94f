import { describe, expect, it } from "vitest";
import { LAYER_IDS, type LayerId } from "../../../src/layers/definitions";
import { formatUrlState, parseUrlState, urlChanges } from "../../../src/state/url-state";

const all = (v: boolean) => Object.fromEntries(LAYER_IDS.map((id) => [id, v])) as Record<LayerId, boolean>;

describe("the view in the URL", () => {
  it("round-trips view and visible layers", () => {
    const visible = { ...all(true), benches: false };
    const hash = formatUrlState({ center: [3.012345678, 52.098765432], zoom: 15.256 }, visible);
    expect(hash).toBe("#map=15.26/52.09877/3.01235&layers=meeting,squares,green,vacant");
    const back = parseUrlState(hash);
    expect(back.view).toEqual({ center: [3.01235, 52.09877], zoom: 15.26 });
    expect(back.visible).toEqual(visible);
  });

  it("keeps an empty layer list as 'nothing visible'", () => {
    expect(parseUrlState("#layers=").visible).toEqual(all(false));
  });

  it("ignores broken or hostile parts instead of failing", () => {
    expect(parseUrlState("#map=abc/1/2").view).toBeUndefined();
    expect(parseUrlState("#map=12/95/3").view).toBeUndefined();
    expect(parseUrlState("#map=12/52/200").view).toBeUndefined();
    expect(parseUrlState("#layers=meeting,<script>,benches").visible).toEqual({ ...all(false), meeting: true, benches: true });
    expect(parseUrlState("")).toEqual({});
  });

  it("keeps other parameters of the link, such as shared proposals, when the view changes", () => {
    const hash = formatUrlState({ center: [3, 52.1], zoom: 15 }, all(true), "#map=1/2/3&voorstellen=abc-_9&layers=meeting&step=2");
    expect(hash).toBe("#map=15.00/52.10000/3.00000&layers=meeting,squares,green,vacant,benches&voorstellen=abc-_9&step=2");
  });
});

describe("the language in the URL", () => {
  it("carries the language once, replacing the one the link had", () => {
    const hash = formatUrlState({ center: [3, 52.1], zoom: 15 }, all(true), "#lang=nl&step=gaps", "ar");
    expect(hash).toBe("#map=15.00/52.10000/3.00000&layers=meeting,squares,green,vacant,benches&lang=ar&step=gaps");
    expect(parseUrlState(hash).language).toBe("ar");
  });

  it("ignores languages we do not have", () => {
    expect(parseUrlState("#lang=xx").language).toBeUndefined();
    expect(parseUrlState("#lang=__proto__").language).toBeUndefined();
  });
});

describe("a hash edited by hand", () => {
  const current = { view: { center: [3.01235, 52.09877] as [number, number], zoom: 15.26 }, visible: all(true) };

  it("moves the view and changes only the layers that differ", () => {
    const change = urlChanges("#map=16/52.1/3.0&layers=meeting,squares,green,vacant", current);
    expect(change.view).toEqual({ center: [3, 52.1], zoom: 16 });
    expect(change.visible).toEqual({ benches: false });
  });

  it("changes nothing for the app's own hash (no feedback loop), even for the unrounded view", () => {
    const own = formatUrlState({ center: [3.012345678, 52.098765432], zoom: 15.256 }, all(true), "#step=gaps");
    expect(urlChanges(own, { ...current, view: { center: [3.012345678, 52.098765432], zoom: 15.256 } })).toEqual({});
    expect(urlChanges(own, current)).toEqual({});
  });

  it("ignores a broken view but still follows the layers", () => {
    expect(urlChanges("#map=99/1/2&layers=", current)).toEqual({ visible: all(false) });
    expect(urlChanges("#voorstellen=abc", current)).toEqual({});
  });
});

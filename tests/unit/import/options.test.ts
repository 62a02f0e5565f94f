import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/data/import/index.ts";
import { fixture } from "./helpers.ts";

describe("worker-friendly options", () => {
  it("reports progress from 0 to 1", async () => {
    const seen: number[] = [];
    await importFiles([fixture("zitbanken.kml"), fixture("pleinen-puntkomma.csv")], { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([0, 0.5, 1]);
  });

  it("stops on abort with a typed result instead of a rejection", async () => {
    const controller = new AbortController();
    const result = await importFiles([fixture("zitbanken.kml"), fixture("pleinen-puntkomma.csv")], {
      signal: controller.signal,
      onProgress: (p) => p > 0 && controller.abort(),
    });
    expect(result).toEqual({ layers: [], problems: [{ severity: "error", key: "import.error.aborted", params: { file: "" } }], aborted: true });
  });

  it("uses an injected XML parser, and reports its parse errors as malformed XML", async () => {
    let used = 0;
    const { DOMParser } = await import("@xmldom/xmldom");
    const counting = { parseFromString: (text: string, mime: string) => (used++, new DOMParser().parseFromString(text, mime)) };
    expect((await importFiles([fixture("buurt.osm")], { domParser: counting })).layers.length).toBeGreaterThan(0);
    expect(used).toBe(1);
    // Browsers do not throw: they return a document with a <parsererror> element.
    const browserLike = { parseFromString: () => new DOMParser().parseFromString("<html><parsererror>bad</parsererror></html>", "text/xml") };
    const result = await importFiles([fixture("zitbanken.kml")], { domParser: browserLike });
    expect(result.problems.map((p) => p.key)).toEqual(["import.error.malformedXml"]);
  });

  it("accepts ArrayBuffers as a worker receives them", async () => {
    const { name, bytes } = fixture("zitbanken.kml");
    const result = await importFiles([{ name, bytes: bytes.slice().buffer }]);
    expect(result.layers[0].features.features).toHaveLength(2);
  });

  it("rejects an unknown assumed CRS with a clear error", async () => {
    const result = await importFiles([fixture("rd-new-xy.csv")], { assumeCrs: "EPSG:2154" });
    expect(result.problems).toEqual([{ severity: "error", key: "import.error.crsUnknown", params: { file: "rd-new-xy.csv", crs: "EPSG:2154" } }]);
  });
});

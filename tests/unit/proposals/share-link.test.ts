import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { SHARE_LIMITS, createProposal, createShareLink, readShareLink, type Proposal } from "../../../src/proposals";
import { toBase64Url } from "../../../src/proposals/base64url";
import { T0, sample } from "./helpers";

const BASE = "https://kaart.example/gent/?laag=groen#oud";
const HOSTILE = "<img src=x onerror=alert(1)>";

function link(proposals: Proposal[], includeContact = false): string {
  const made = createShareLink(BASE, proposals, { includeContact });
  if (!made.ok) throw new Error(made.issues[0].key);
  return made.url;
}

/** A hand-made link around any JSON text, to feed the decoder what the encoder never would. */
const rawLink = (json: string): string => `#voorstellen=${toBase64Url(deflateSync(strToU8(json)))}`;
const errorKey = (input: string): string | null => {
  const read = readShareLink(input);
  return read === null ? null : read.ok ? "ok" : read.issues[0].key;
};

describe("share links", () => {
  it("round-trips one or several proposals through the URL fragment", () => {
    const proposals = [
      sample("s1", { linkedFeature: { layer: "green", featureId: "park-3" }, status: "trial", description: "Elke woensdag\nsamen koken" }),
      sample("s2", { practices: [], audiences: [], needs: [], days: [], timeText: "" }),
    ];
    const url = link(proposals);
    expect(url.startsWith("https://kaart.example/gent/?laag=groen#voorstellen=")).toBe(true);
    expect(readShareLink(url)).toEqual({ ok: true, proposals });
    expect(readShareLink(new URL(url).hash)).toEqual({ ok: true, proposals });
  });

  it("leaves contact details out unless asked", () => {
    const p = sample("s3", { contact: "06 12 34 56 78" });
    const { contact: _contact, ...withoutContact } = p;
    expect(readShareLink(link([p]))).toEqual({ ok: true, proposals: [withoutContact] });
    expect(readShareLink(link([p], true))).toEqual({ ok: true, proposals: [p] });
  });

  it("carries hostile text as the same plain string", () => {
    const p = sample("s4", { name: HOSTILE, description: `${HOSTILE}<script>alert(2)</script>`, customPractice: "\" onmouseover=\"x" });
    const read = readShareLink(link([p]));
    expect(read).toEqual({ ok: true, proposals: [p] });
    expect(read?.ok && read.proposals[0].name).toBe(HOSTILE);
  });

  it("round-trips any cleaned text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 300 }), (name, description) => {
        const p = createProposal({ location: [4.4, 51.2], name, description }, T0, "prop");
        fc.pre(p.name !== "");
        expect(readShareLink(link([p]))).toEqual({ ok: true, proposals: [p] });
      }),
      { numRuns: 100 },
    );
  });

  it("finds its parameter next to others and says when a fragment carries none", () => {
    const url = link([sample("s5")]);
    const payload = url.slice(url.indexOf("#") + 1);
    expect(errorKey(`#kaart=15/51.05/3.72&${payload}&taal=nl`)).toBe("ok");
    expect(errorKey("#kaart=15/51.05/3.72")).toBeNull();
    expect(errorKey("")).toBeNull();
  });

  it("rejects corrupt and truncated links", () => {
    const url = link([sample("s6"), sample("s7")]);
    const [head, payload] = url.split("#voorstellen=");
    expect(errorKey(`${head}#voorstellen=${payload.slice(0, Math.floor(payload.length / 2))}`)).toBe("proposals.share.corrupt");
    expect(errorKey(`${head}#voorstellen=${payload.slice(0, -3)}`)).toBe("proposals.share.corrupt");
    expect(errorKey(`#voorstellen=${payload.slice(0, 10)}X${payload.slice(11)}`)).toMatch(/corrupt|invalidProposal/);
    expect(errorKey("#voorstellen=not*base64!")).toBe("proposals.share.corrupt");
    expect(errorKey("#voorstellen=")).toBe("proposals.share.corrupt");
    expect(errorKey(`#voorstellen=${toBase64Url(strToU8("plain text, not deflate"))}`)).toBe("proposals.share.corrupt");
    expect(errorKey(rawLink("{not json"))).toBe("proposals.share.corrupt");
    expect(errorKey(rawLink('{"v":1}'))).toBe("proposals.share.corrupt");
    expect(errorKey(`#voorstellen=${toBase64Url(deflateSync(new Uint8Array([0xff, 0xfe, 0x7b])))}`)).toBe("proposals.share.corrupt");
  });

  it("rejects links of another version and links with an invalid proposal", () => {
    expect(errorKey(rawLink('{"v":2,"p":[]}'))).toBe("proposals.share.wrongVersion");
    expect(errorKey(rawLink('{"v":"1","p":[]}'))).toBe("proposals.share.wrongVersion");
    const read = readShareLink(rawLink('{"v":1,"p":[{"i":"x","g":[3,51],"n":"Plein","s":"gedaan","k":"2026-03-01T10:00:00.000Z","u":"2026-03-01T10:00:00.000Z"}]}'));
    expect(read).toEqual({
      ok: false,
      issues: [
        { field: "", key: "proposals.share.invalidProposal" },
        { field: "status", key: "proposals.validation.unknownStatus", params: { value: "gedaan" } },
      ],
    });
    expect(errorKey(rawLink('{"v":1,"p":[{"i":"x","g":[3,"51"],"n":"Plein","s":"idea"}]}'))).toBe("proposals.share.invalidProposal");
  });

  it("rejects oversize links before decoding, and stops inflating a bomb at the cap", () => {
    expect(errorKey(`#voorstellen=${"A".repeat(SHARE_LIMITS.urlChars)}`)).toBe("proposals.share.tooLarge");
    const bomb = rawLink(`{"v":1,"p":[],"pad":"${"a".repeat(2_000_000)}"}`);
    expect(bomb.length).toBeLessThan(SHARE_LIMITS.urlChars);
    expect(errorKey(bomb)).toBe("proposals.share.tooLarge");
  });

  it("refuses to make a link that is empty, has too many proposals or would be too long", () => {
    const key = (proposals: Proposal[]) => {
      const made = createShareLink(BASE, proposals);
      return made.ok ? "ok" : made.issues[0].key;
    };
    expect(key([])).toBe("proposals.share.empty");
    expect(key(Array.from({ length: SHARE_LIMITS.proposals + 1 }, (_, i) => sample(`n${i}`)))).toBe("proposals.share.tooMany");
    // Noise does not compress, so 20 full descriptions cannot fit in 8 KB.
    let seed = 12345;
    const noise = () => String.fromCharCode(33 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 90));
    const noisy = Array.from({ length: 20 }, (_, i) => sample(`r${i}`, { description: Array.from({ length: 1000 }, noise).join("") }));
    expect(key(noisy)).toBe("proposals.share.tooLarge");
  });
});

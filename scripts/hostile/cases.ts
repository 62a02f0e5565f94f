/**
 * The hostile corpus: files an attacker or an unlucky user could choose, each with the outcome
 * the importer must give. Deterministic: the same bytes on every run (no randomness, fixed
 * dates), so the committed files only change when a case changes.
 */
import { packVectorLayers } from "../../src/data/pmtiles/index.ts";
import { writeDbf, writeShp, type ShpRecord } from "../../tests/fixtures/import/shapefile-writer.ts";
import { concat, dataBlock, frame, headerBlock, smallExtract, writeOsmPbf } from "./osm-pbf-writer.ts";
import { declareSizes, zip } from "./zip-tricks.ts";

/** An error key, or the layers and features that must come through (with problem keys that must be among the problems). */
export type Expected = { error: string } | { layers: number; features: number; problems?: string[] };

export interface HostileCase {
  file: string;
  about: string;
  bytes: Uint8Array;
  expect: Expected;
}

const enc = new TextEncoder();
const text = (s: string) => enc.encode(s);
const json = (v: unknown) => text(JSON.stringify(v));
const point = (lon: number, lat: number, properties: Record<string, unknown> = {}) => ({ type: "Feature", properties, geometry: { type: "Point", coordinates: [lon, lat] } });
const fc = (features: unknown[], extra: Record<string, unknown> = {}) => ({ type: "FeatureCollection", ...extra, features });
const ANTWERP: [number, number] = [4.4, 51.2];
const POINTS = fc([point(4.4, 51.2, { naam: "bank 1" }), point(4.401, 51.201, { naam: "bank 2" })]);
const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const WGS84_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]]';

/** A little-endian UTF-16 text with its byte order mark (what Excel writes as "Unicode text"). */
function utf16(s: string, bigEndian = false): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 255;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Windows-1252 for the Latin-1 range (é, ë, ï). */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 255));

/** A deterministic byte stream (xorshift), for junk. */
function junk(n: number, seed = 1): Uint8Array {
  let x = seed;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}

function nestedCollection(depth: number): unknown {
  let g: unknown = { type: "Point", coordinates: ANTWERP };
  for (let i = 0; i < depth; i++) g = { type: "GeometryCollection", geometries: [g] };
  return g;
}

function shapefile(records: ShpRecord[], withDbf = true, prj = WGS84_PRJ): Record<string, Uint8Array> {
  const { shp, shx } = writeShp(records);
  const parts: Record<string, Uint8Array> = { "plekken.shp": shp, "plekken.shx": shx, "plekken.prj": text(prj), "plekken.cpg": text("UTF-8") };
  if (withDbf) parts["plekken.dbf"] = writeDbf([{ name: "naam", type: "C", length: 20 }], records.map((_, i) => [`plek ${i + 1}`]));
  return parts;
}

const SHP_POINTS: ShpRecord[] = [{ point: [4.4, 51.2] }, { point: [4.401, 51.2005] }, { point: [4.402, 51.201] }];

const kml = (body: string, doctype = "") => text(`<?xml version="1.0" encoding="UTF-8"?>${doctype}<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`);
const placemark = (name: string, lon = 4.4, lat = 51.2) => `<Placemark><name>${name}</name><Point><coordinates>${lon},${lat}</coordinates></Point></Placemark>`;

const osmXml = (body: string) => text(`<?xml version="1.0" encoding="UTF-8"?><osm version="0.6" generator="hostile">${body}</osm>`);

function pmtilesOk(): Uint8Array {
  return packVectorLayers([{ name: "punten", data: POINTS as never }], { minZoom: 12, maxZoom: 13, name: "hostile" });
}

function pbfCases(): HostileCase[] {
  const { nodes, ways } = smallExtract();
  const good = writeOsmPbf(nodes, ways);
  const header = frame("OSMHeader", headerBlock());
  const data = frame("OSMData", dataBlock(nodes, ways));
  const cuts = [10, 33, 50, 77, 90, 99].map((pct): HostileCase => ({
    file: `kort-${pct}.osm.pbf`,
    about: `the small extract cut off at ${pct} % of its bytes`,
    bytes: good.slice(0, Math.floor((good.length * pct) / 100)),
    expect: { error: "import.error.truncatedPbf" },
  }));
  const flipped = good.slice();
  // Damage the middle of the data blob's zlib stream (past both headers).
  for (let i = header.length + 30; i < header.length + 60; i++) flipped[i] ^= 0x5a;
  const hugeHeader = good.slice();
  new DataView(hugeHeader.buffer).setInt32(0, 0x7fffffff, false);
  return [
    { file: "buurt.osm.pbf", about: "a valid small extract written here: three benches and a footway", bytes: good, expect: { layers: 2, features: 4 } },
    ...cuts,
    { file: "zlib-kapot.osm.pbf", about: "30 bytes of the zlib stream flipped", bytes: flipped, expect: { error: "import.error.malformedPbf" } },
    { file: "kop-te-groot.osm.pbf", about: "a blob header length of 2 GB", bytes: hugeHeader, expect: { error: "import.error.malformedPbf" } },
    { file: "zstd.osm.pbf", about: "a data blob compressed with zstd (not required by the format)", bytes: concat(header, frame("OSMData", dataBlock(nodes, ways), { compressionField: 7 })), expect: { error: "import.error.unsupportedPbf" } },
    { file: "eisen.osm.pbf", about: "a header that requires a feature we do not know", bytes: concat(frame("OSMHeader", headerBlock(["OsmSchema-V0.6", "DenseNodes", "Teleportation"])), data), expect: { error: "import.error.unsupportedPbf" } },
    { file: "zonder-kop.osm.pbf", about: "a data blob first, no OSMHeader", bytes: concat(data, header), expect: { error: "import.error.malformedPbf" } },
    { file: "alleen-kop.osm.pbf", about: "only the header, no data", bytes: header, expect: { error: "import.error.noFeatures" } },
    { file: "strings-kapot.osm.pbf", about: "tags pointing past the string table", bytes: concat(header, frame("OSMData", dataBlock(nodes, ways, { badStringIndex: true }))), expect: { error: "import.error.malformedPbf" } },
    { file: "ontbrekende-nodes.osm.pbf", about: "a way whose nodes are not in the file", bytes: writeOsmPbf(nodes.slice(0, 3), ways), expect: { layers: 1, features: 3 } },
    { file: "rauw.osm.pbf", about: "uncompressed (raw) blobs, which the format allows", bytes: concat(frame("OSMHeader", headerBlock(), { compressionField: 1 }), frame("OSMData", dataBlock(nodes, ways), { compressionField: 1 })), expect: { layers: 2, features: 4 } },
  ];
}

function zipCases(): HostileCase[] {
  const good = shapefile(SHP_POINTS);
  const { shp } = writeShp(SHP_POINTS);
  // Six .shp entries of zeros, each declaring 512 MB: the bomb of the issue, in a few kB.
  const bombEntries = Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`deel${i}.shp`, new Uint8Array(4096)]));
  const bomb = declareSizes(zip(bombEntries), 512 * 1024 * 1024);
  // Declares 120 bytes for its .shp: unpacking stops there, and the .shp is then cut off.
  const liar = declareSizes(zip(good), 120, (n) => n.endsWith(".shp"));
  const goodZip = zip(good);
  const wrongCode = shp.slice();
  new DataView(wrongCode.buffer).setInt32(0, 1234, false);
  const shortDbf = good["plekken.dbf"].slice(0, good["plekken.dbf"].length - 30);
  return [
    { file: "plekken.zip", about: "a valid zipped point Shapefile with .prj and .dbf", bytes: goodZip, expect: { layers: 1, features: 3 } },
    { file: "zipbom.zip", about: "six .shp entries declaring 512 MB each", bytes: bomb, expect: { error: "import.error.zipTooLarge" } },
    { file: "liegt-over-grootte.zip", about: "a .shp entry declaring fewer bytes than it holds", bytes: liar, expect: { error: "import.error.truncatedShapefile" } },
    { file: "half.zip", about: "a zip cut in half", bytes: goodZip.slice(0, Math.floor(goodZip.length / 2)), expect: { error: "import.error.malformedZip" } },
    { file: "geen-zip.zip", about: "junk named .zip", bytes: junk(2000, 7), expect: { error: "import.error.malformedZip" } },
    { file: "leesmij.zip", about: "a zip with only a text file", bytes: zip({ "leesmij.txt": text("hallo") }), expect: { error: "import.error.zipWithoutShapefile" } },
    { file: "macosx.zip", about: "only macOS resource forks", bytes: zip({ "__MACOSX/._plekken.shp": shp }), expect: { error: "import.error.zipWithoutShapefile" } },
    { file: "zonder-dbf.zip", about: "a Shapefile without its .dbf", bytes: zip(shapefile(SHP_POINTS, false)), expect: { layers: 1, features: 3, problems: ["import.warning.dbfMissing"] } },
    { file: "shp-kort.zip", about: "a .shp cut off after its header", bytes: zip({ ...good, "plekken.shp": shp.slice(0, 130) }), expect: { error: "import.error.truncatedShapefile" } },
    { file: "shp-code.zip", about: "a .shp with the wrong file code", bytes: zip({ ...good, "plekken.shp": wrongCode }), expect: { error: "import.error.malformedShapefile" } },
    { file: "dbf-kort.zip", about: "a .dbf cut off", bytes: zip({ ...good, "plekken.dbf": shortDbf }), expect: { error: "import.error.truncatedShapefile" } },
    { file: "pad.zip", about: "entry names climbing out of the folder (../../)", bytes: zip(Object.fromEntries(Object.entries(good).map(([k, v]) => [`../../${k}`, v]))), expect: { layers: 1, features: 3 } },
    { file: "graden-buiten-bereik.zip", about: "a Shapefile without .prj whose degrees lie off the world", bytes: zip({ "p.shp": writeShp([{ point: [200.5, 95.2] }, { point: [201, 96] }]).shp }), expect: { error: "import.error.degreesOutOfRange" } },
    { file: "kaart.kmz", about: "a KMZ with one placemark", bytes: zip({ "doc.kml": kml(placemark("bank")) }), expect: { layers: 1, features: 1 } },
    { file: "kapot.kmz", about: "a KMZ whose doc.kml is broken: the message names the .kmz", bytes: zip({ "doc.kml": text("<kml><Document><Placemark>") }), expect: { error: "import.error.malformedXml" } },
  ];
}

function jsonCases(): HostileCase[] {
  const valid = JSON.stringify(POINTS);
  const ring = (pts: [number, number][]) => ({ type: "Polygon", coordinates: [pts] });
  const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({ type: "Feature", properties, geometry });
  return [
    { file: "afgebroken.geojson", about: "valid GeoJSON cut in the middle", bytes: text(valid.slice(0, Math.floor(valid.length / 2))), expect: { error: "import.error.malformedJson" } },
    { file: "leeg.geojson", about: "zero bytes", bytes: new Uint8Array(0), expect: { error: "import.error.empty" } },
    { file: "spaties.geojson", about: "only blanks", bytes: text("   \n\t  "), expect: { error: "import.error.empty" } },
    { file: "bom.geojson", about: "UTF-8 with a byte order mark", bytes: concat(Uint8Array.of(0xef, 0xbb, 0xbf), text(valid)), expect: { layers: 1, features: 2 } },
    { file: "utf16.geojson", about: "UTF-16 LE with a byte order mark", bytes: utf16(valid), expect: { layers: 1, features: 2 } },
    { file: "null.json", about: "the JSON text null", bytes: text("null"), expect: { error: "import.error.notGeoJson" } },
    { file: "getal.json", about: "a bare number", bytes: text("42"), expect: { error: "import.error.notGeoJson" } },
    { file: "lijst.json", about: "a bare array", bytes: text("[1,2,3]"), expect: { error: "import.error.notGeoJson" } },
    { file: "features-geen-lijst.geojson", about: "features is an object", bytes: json({ type: "FeatureCollection", features: { a: 1 } }), expect: { error: "import.error.notGeoJson" } },
    { file: "diep-array.json", about: "arrays nested 100 000 deep (valid JSON, not GeoJSON)", bytes: text("[".repeat(100000) + "]".repeat(100000)), expect: { error: "import.error.notGeoJson" } },
    { file: "genest-1000.geojson", about: "a GeometryCollection nested 1 000 deep, beside one valid point", bytes: json(fc([feature(nestedCollection(1000)), point(...ANTWERP)])), expect: { layers: 1, features: 1, problems: ["import.warning.skipped"] } },
    { file: "alleen-genest.geojson", about: "only a GeometryCollection nested 1 000 deep", bytes: json(fc([feature(nestedCollection(1000))])), expect: { error: "import.error.noFeatures" } },
    { file: "diepe-eigenschap.geojson", about: "a property value of objects nested 100 000 deep", bytes: text(`{"type":"Feature","properties":{"diep":${'{"a":'.repeat(100000)}1${"}".repeat(100000)}},"geometry":{"type":"Point","coordinates":[4.4,51.2]}}`), expect: { error: "import.error.nestedTooDeep" } },
    { file: "proto-sleutels.geojson", about: "properties named __proto__, constructor, toString", bytes: text(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"polluted":1},"constructor":"x","toString":"y","hasOwnProperty":1},"geometry":{"type":"Point","coordinates":[4.4,51.2]}}]}`), expect: { layers: 1, features: 1 } },
    { file: "html-namen.geojson", about: "names full of HTML and script", bytes: json(fc([point(4.4, 51.2, { naam: XSS, [XSS]: XSS })])), expect: { layers: 1, features: 1 } },
    { file: "tekst-coordinaten.geojson", about: "coordinates as strings", bytes: json(fc([feature({ type: "Point", coordinates: ["4.4", "51.2"] })])), expect: { error: "import.error.noFeatures" } },
    { file: "nan.geojson", about: "NaN and Infinity as coordinates (not JSON)", bytes: text('{"type":"Point","coordinates":[NaN,Infinity]}'), expect: { error: "import.error.malformedJson" } },
    { file: "graden-buiten-bereik.geojson", about: "degree-like numbers off the world (lon 200, lat 95)", bytes: json(fc([point(200.5, 95.1), point(201.2, 96.3)])), expect: { error: "import.error.degreesOutOfRange" } },
    { file: "half-geldig.geojson", about: "one valid point among broken features", bytes: json(fc([point(...ANTWERP), { type: "Feature" }, feature({ type: "Point" }), feature({ type: "Blob", coordinates: [1, 2] }), null, 7])), expect: { layers: 1, features: 1, problems: ["import.warning.skipped"] } },
    { file: "strik.geojson", about: "a bow-tie polygon that really crosses itself", bytes: json(fc([feature(ring([[4.4, 51.2], [4.41, 51.21], [4.41, 51.2], [4.4, 51.21], [4.4, 51.2]]))])), expect: { layers: 1, features: 1, problems: ["import.warning.selfIntersecting"] } },
    { file: "raakpunt.geojson", about: "a ring that touches itself at a repeated vertex (not a crossing)", bytes: json(fc([feature(ring([[4.4, 51.2], [4.42, 51.2], [4.41, 51.21], [4.42, 51.22], [4.4, 51.22], [4.41, 51.21], [4.4, 51.2]]))])), expect: { layers: 1, features: 1 } },
    { file: "onbekend-crs.geojson", about: "a crs member naming a system we do not know", bytes: json(fc([point(1000, 2000)], { crs: { type: "name", properties: { name: "EPSG:9999" } } })), expect: { error: "import.error.crsUnknown" } },
    { file: "png-vermomd.geojson", about: "a PNG image named .geojson", bytes: concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), junk(500, 3)), expect: { error: "import.error.binary" } },
  ];
}

function osmJsonCases(): HostileCase[] {
  const node = (id: number, lon: number, lat: number, tags?: Record<string, string>) => ({ type: "node", id, lon, lat, ...(tags ? { tags } : {}) });
  return [
    { file: "ontbrekende-refs.overpass.json", about: "ways whose node references are missing, beside a bench", bytes: json({ elements: [node(1, 4.4, 51.2, { amenity: "bench" }), { type: "way", id: 5, nodes: [91, 92, 93], tags: { highway: "footway" } }] }), expect: { layers: 1, features: 1 } },
    { file: "kringrelatie.overpass.json", about: "two relations that are each other's member, beside a bench", bytes: json({ elements: [node(1, 4.4, 51.2, { amenity: "bench" }), { type: "relation", id: 7, members: [{ type: "relation", ref: 8, role: "" }], tags: { type: "multipolygon", leisure: "park" } }, { type: "relation", id: 8, members: [{ type: "relation", ref: 7, role: "" }], tags: { type: "multipolygon" } }] }), expect: { layers: 1, features: 1 } },
    { file: "zelfrelatie.overpass.json", about: "a relation that is its own member", bytes: json({ elements: [node(1, 4.4, 51.2, { amenity: "bench" }), { type: "relation", id: 9, members: [{ type: "relation", ref: 9, role: "outer" }], tags: { type: "multipolygon", leisure: "park" } }] }), expect: { layers: 1, features: 1 } },
    { file: "elements-tekst.json", about: "elements is a string", bytes: json({ elements: "nodes" }), expect: { error: "import.error.notGeoJson" } },
    { file: "ontbrekende-refs.osm", about: "OSM XML: a way with missing nodes, beside a bench", bytes: osmXml('<node id="1" lat="51.2" lon="4.4"><tag k="amenity" v="bench"/></node><way id="5"><nd ref="91"/><nd ref="92"/><tag k="highway" v="footway"/></way>'), expect: { layers: 1, features: 1 } },
    { file: "kringrelatie.osm", about: "OSM XML: relations that are each other's member", bytes: osmXml('<node id="1" lat="51.2" lon="4.4"><tag k="amenity" v="bench"/></node><relation id="7"><member type="relation" ref="8" role=""/><tag k="type" v="multipolygon"/></relation><relation id="8"><member type="relation" ref="7" role=""/><tag k="type" v="multipolygon"/></relation>'), expect: { layers: 1, features: 1 } },
  ];
}

function xmlCases(): HostileCase[] {
  const laughs = '<!DOCTYPE kml [<!ENTITY a "hahahahaha">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("") + "]>";
  return [
    { file: "xxe.kml", about: "an external entity pointing at a local file", bytes: kml(placemark("&xxe;"), '<!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'), expect: { error: "import.error.malformedXml" } },
    { file: "miljard-lachjes.kml", about: "entity expansion (billion laughs, 10^9 copies)", bytes: kml(placemark("&j;"), laughs), expect: { error: "import.error.malformedXml" } },
    { file: "afgebroken.kml", about: "KML cut in the middle", bytes: kml(placemark("a") + placemark("b")).slice(0, 150), expect: { error: "import.error.malformedXml" } },
    { file: "script.kml", about: "placemarks with script in name and description", bytes: kml(`<Placemark><name>${XSS.replace(/</g, "&lt;")}</name><description><![CDATA[${XSS}]]></description><Point><coordinates>4.4,51.2</coordinates></Point></Placemark>`), expect: { layers: 1, features: 1 } },
    { file: "leeg-document.kml", about: "a KML without placemarks", bytes: kml(""), expect: { error: "import.error.noFeatures" } },
    { file: "gpx.xml", about: "XML that is neither KML nor OSM", bytes: text('<?xml version="1.0"?><gpx version="1.1"></gpx>'), expect: { error: "import.error.notKmlOrOsm" } },
    { file: "kml-graden-buiten-bereik.kml", about: "KML (always degrees) with positions off the world", bytes: kml(placemark("weg", 400, 100)), expect: { error: "import.error.noFeatures" } },
  ];
}

function csvCases(): HostileCase[] {
  const rows = "naam;lat;lon\nBuurthuis Zuid;51,2001;4,4001\nCafé ’t Hoekje;51,2002;4,4002\n";
  return [
    { file: "utf16le.csv", about: "UTF-16 LE with BOM (Excel's Unicode text)", bytes: utf16(rows), expect: { layers: 1, features: 2 } },
    { file: "utf16be.csv", about: "UTF-16 BE with BOM", bytes: utf16(rows, true), expect: { layers: 1, features: 2 } },
    { file: "latin1.csv", about: "Windows-1252 (Latin-1) with é and ë", bytes: latin1("naam,lat,lon\nCafé Noël,51.2,4.4\nRené,51.21,4.41\n"), expect: { layers: 1, features: 2, problems: ["import.warning.encodingGuessed"] } },
    { file: "bom.csv", about: "UTF-8 with a byte order mark before the header", bytes: concat(Uint8Array.of(0xef, 0xbb, 0xbf), text("lat,lon,naam\n51.2,4.4,a\n")), expect: { layers: 1, features: 1 } },
    { file: "geen-coordinaten.csv", about: "no coordinate columns", bytes: text("naam,adres\nA,Straat 1\n"), expect: { error: "import.error.csvNoCoordinates" } },
    { file: "formules.csv", about: "spreadsheet formulas and HTML as values", bytes: text(`naam,lat,lon\n"=HYPERLINK(""http://x"")",51.2,4.4\n"${XSS.replace(/"/g, '""')}",51.21,4.41\n`), expect: { layers: 1, features: 2 } },
    { file: "buiten-bereik.csv", about: "lat/lon columns with values off the world", bytes: text("lat,lon\n95,200\n-100,500\n"), expect: { error: "import.error.noFeatures" } },
    { file: "open-aanhalingsteken.csv", about: "a quote that never closes", bytes: text('naam,lat,lon\n"nooit dicht,51.2,4.4\nb,51.21,4.41\n'), expect: { error: "import.error.noFeatures" } },
    { file: "leeg.csv", about: "zero bytes", bytes: new Uint8Array(0), expect: { error: "import.error.empty" } },
  ];
}

function pmtilesCases(): HostileCase[] {
  const ok = pmtilesOk();
  const v2 = ok.slice();
  v2[7] = 2;
  const junked = ok.slice();
  junked.set(junk(ok.length - 127, 11), 127);
  const badBounds = ok.slice();
  // minLon (offset 102, int32 e7) east of maxLon.
  new DataView(badBounds.buffer).setInt32(102, 1_790_000_000, true);
  return [
    { file: "achtergrond.pmtiles", about: "a valid PMTiles base map among data files", bytes: ok, expect: { error: "import.error.pmtilesIsBasemap" } },
    { file: "versie2.pmtiles", about: "PMTiles magic with spec version 2", bytes: v2, expect: { error: "import.error.malformedPmtiles" } },
    { file: "rommel-binnenin.pmtiles", about: "a valid header with junk behind it", bytes: junked, expect: { error: "import.error.malformedPmtiles" } },
    { file: "alleen-kop.pmtiles", about: "only the 127-byte header", bytes: ok.slice(0, 127), expect: { error: "import.error.malformedPmtiles" } },
    { file: "rare-grenzen.pmtiles", about: "a header whose west lies east of its east", bytes: badBounds, expect: { error: "import.error.malformedPmtiles" } },
    { file: "magie.pmtiles", about: "the magic word and nothing else", bytes: text("PMTiles"), expect: { error: "import.error.malformedPmtiles" } },
  ];
}

function otherCases(): HostileCase[] {
  return [
    { file: "rommel.bin", about: "random bytes under an unknown extension", bytes: junk(4096, 5), expect: { error: "import.error.binary" } },
    { file: "notities.txt", about: "plain text without coordinates (.txt is read as CSV)", bytes: text("boodschappen: melk, brood\n"), expect: { error: "import.error.csvNoCoordinates" } },
    { file: "notities", about: "plain text without an extension", bytes: text("boodschappen: melk, brood\n"), expect: { error: "import.error.unknownFormat" } },
    { file: "los.shp", about: "a .shp alone (no .dbf, no .prj)", bytes: writeShp(SHP_POINTS).shp, expect: { layers: 1, features: 3, problems: ["import.warning.dbfMissing"] } },
    { file: "los.dbf", about: "a .dbf without its .shp", bytes: writeDbf([{ name: "naam", type: "C", length: 10 }], [["a"]]), expect: { error: "import.error.shapefilePartMissing" } },
  ];
}

export function hostileCases(): HostileCase[] {
  return [...jsonCases(), ...osmJsonCases(), ...csvCases(), ...xmlCases(), ...zipCases(), ...pbfCases(), ...pmtilesCases(), ...otherCases()];
}

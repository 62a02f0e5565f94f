// `npm run demo-data`: writes the demo neighbourhood (data/demo/*.geojson) and its offline base map.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_BASEMAP_FILE } from "../src/data/demo-layers.ts";
import { generateDemoBasemap } from "./demo/basemap.ts";
import { generateDemoFeatures, generateDemoFiles } from "./demo/index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(repoRoot, "data", "demo");

const features = generateDemoFeatures();
const files = generateDemoFiles(features);
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  writeFileSync(path.join(outDir, `${name}.geojson`), text);
  console.log(`data/demo/${name}.geojson  ${features[name as keyof typeof features].length} features`);
}

const basemap = generateDemoBasemap(features);
writeFileSync(path.join(repoRoot, "public", DEMO_BASEMAP_FILE), basemap);
console.log(`public/${DEMO_BASEMAP_FILE}  ${(basemap.length / 1024).toFixed(0)} KiB`);

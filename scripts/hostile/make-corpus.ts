/**
 * Writes the hostile corpus to tests/fixtures/hostile/: every file of ./cases.ts and
 * manifest.json (file → what it is, and the outcome the importer must give).
 * Run: npx tsx scripts/hostile/make-corpus.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hostileCases } from "./cases.ts";

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../tests/fixtures/hostile");
// All cases are built before anything is removed, so a failing case leaves the corpus as it was.
const cases = hostileCases();
mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) if (old !== "README.md") rmSync(path.join(out, old));
const names = new Set<string>();
let bytes = 0;
for (const c of cases) {
  if (names.has(c.file)) throw new Error(`two cases write ${c.file}`);
  names.add(c.file);
  writeFileSync(path.join(out, c.file), c.bytes);
  bytes += c.bytes.length;
}
const manifest = cases.map(({ file, about, expect }) => ({ file, about, expect }));
writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`${cases.length} files, ${(bytes / 1024).toFixed(0)} kB, in ${path.relative(process.cwd(), out)}`);

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildImportGraph, describeCycles, relativeSpecifiers, sourceFiles, stronglyConnected, type ImportGraph } from "./import-graph";

const ROOT = resolve(__dirname, "../../..");
const ROOTS = ["src", "cli", "scripts", "bench"].map((d) => resolve(ROOT, d));

describe("import graph helpers", () => {
  it("finds a cycle in a tiny graph and names its loop", () => {
    const graph: ImportGraph = new Map([
      ["/r/a.ts", ["/r/b.ts"]],
      ["/r/b.ts", ["/r/c.ts", "/r/d.ts"]],
      ["/r/c.ts", ["/r/a.ts"]],
      ["/r/d.ts", []],
      ["/r/e.ts", ["/r/e.ts"]],
    ]);
    expect(stronglyConnected(graph)).toEqual([["/r/a.ts", "/r/b.ts", "/r/c.ts"], ["/r/e.ts"]]);
    expect(describeCycles(graph, "/r")).toEqual([
      "a.ts → b.ts → c.ts → a.ts  (component of 3: a.ts, b.ts, c.ts)",
      "e.ts → e.ts",
    ]);
  });

  it("reports nothing for a graph without cycles", () => {
    const graph: ImportGraph = new Map([["/r/a.ts", ["/r/b.ts"]], ["/r/b.ts", ["/r/c.ts"]], ["/r/c.ts", []]]);
    expect(stronglyConnected(graph)).toEqual([]);
  });

  it("reads type imports, re-exports and multi-line imports; not comments or dynamic imports", () => {
    const source = [
      'import type { A } from "./types";',
      "import {",
      "  b,",
      "  c,",
      '} from "../b";',
      'export * from "./all";',
      'export { d } from "./d.ts";',
      'import "./side-effect";',
      'import x from "zustand";',
      '// import { no } from "./commented";',
      '/* export * from "./blocked"; */',
      'const lazy = () => import("./lazy");',
      'const url = new URL("./worker.ts?worker", import.meta.url); // "//" inside is fine',
    ].join("\n");
    expect(relativeSpecifiers(source).sort()).toEqual(["../b", "./all", "./d.ts", "./side-effect", "./types"]);
  });

  it("resolves ./x, ./x.ts and ./x/index.ts to files in the set", () => {
    const files = { "/r/a.ts": 'import "./b"; import "./c.ts"; import "./d"; import "./e.json";', "/r/b.ts": "", "/r/c.ts": "", "/r/d/index.ts": 'import "../a";' };
    const graph = buildImportGraph(Object.keys(files), (p) => files[p as keyof typeof files]);
    expect(graph.get("/r/a.ts")).toEqual(["/r/b.ts", "/r/c.ts", "/r/d/index.ts"]);
    expect(describeCycles(graph, "/r")).toEqual(["a.ts → d/index.ts → a.ts"]);
  });
});

describe("the project's modules", () => {
  it("import each other without cycles", () => {
    const files = sourceFiles(ROOTS);
    expect(files.length).toBeGreaterThan(100);
    const graph = buildImportGraph(files);
    // Sanity: the graph really has edges (a parser that saw nothing would pass trivially).
    const edges = [...graph.values()].reduce((n, t) => n + t.length, 0);
    expect(edges).toBeGreaterThan(files.length);
    expect(describeCycles(graph, ROOT)).toEqual([]);
  });
});

/**
 * The project's own import graph: every relative import between .ts/.tsx files, including
 * `import type` and re-exports (a type-only cycle still ties modules together for readers and
 * for bundlers that keep declaration order). Dynamic `import()` is left out on purpose: it is
 * how a module defers a dependency, so it cannot form a load-time cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export type ImportGraph = Map<string, string[]>;

/** Lists every .ts/.tsx file under the given folders (recursively), as absolute paths. */
export function sourceFiles(roots: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return out.sort();
}

/** Comments out of the way, so an import in a comment or a doc example does not count. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");
}

// `import … from "x"`, `import type … from "x"`, `export … from "x"`, `export * from "x"`:
// the part before `from` never holds a quote or a semicolon, so a match stays in one statement.
const FROM = /\b(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']/g;
// Side-effect imports: `import "x"`.
const BARE = /\bimport\s*["']([^"']+)["']/g;

/** The relative specifiers a module imports or re-exports statically. */
export function relativeSpecifiers(source: string): string[] {
  const text = stripComments(source);
  const specs: string[] = [];
  for (const re of [FROM, BARE]) {
    for (const m of text.matchAll(re)) if (m[1].startsWith(".")) specs.push(m[1].replace(/\?.*$/, ""));
  }
  return specs;
}

/** ./x, ./x.ts, ./x.tsx, ./x/index.ts(x); null for anything else (JSON, CSS, assets). */
export function resolveSpecifier(fromFile: string, spec: string, exists: (path: string) => boolean): string | null {
  const base = resolve(dirname(fromFile), spec);
  const candidates = /\.tsx?$/.test(base)
    ? [base]
    : [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find(exists) ?? null;
}

/** The graph over the given files: edges only to files in the set. */
export function buildImportGraph(files: readonly string[], read: (path: string) => string = (p) => readFileSync(p, "utf8")): ImportGraph {
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = relativeSpecifiers(read(file))
      .map((spec) => resolveSpecifier(file, spec, (p) => known.has(p)))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Strongly connected components with more than one module, or one module importing itself
 * (Tarjan, iterative so a deep chain cannot overflow the stack).
 */
export function stronglyConnected(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, next); low.set(root, next); next++;
    stack.push(root); onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const targets = graph.get(frame.node) ?? [];
      if (frame.edge < targets.length) {
        const t = targets[frame.edge++];
        if (!index.has(t)) {
          index.set(t, next); low.set(t, next); next++;
          stack.push(t); onStack.add(t);
          work.push({ node: t, edge: 0 });
        } else if (onStack.has(t)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(t)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components;
}

/** One concrete loop through a component, shortest from its first module: a → b → … → a. */
export function cycleThrough(graph: ImportGraph, component: readonly string[]): string[] {
  const inside = new Set(component);
  const start = component[0];
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const t of graph.get(queue[i]) ?? []) {
      if (!inside.has(t)) continue;
      if (t === start) {
        const path: string[] = [];
        for (let at = queue[i]; at !== start; at = previous.get(at)!) path.unshift(at);
        return [start, ...path, start];
      }
      if (!previous.has(t)) { previous.set(t, queue[i]); queue.push(t); }
    }
  }
  return [...component];
}

/** Human-readable report of each cycle, paths relative to `root`. */
export function describeCycles(graph: ImportGraph, root: string): string[] {
  return stronglyConnected(graph).map((component) =>
    cycleThrough(graph, component).map((p) => relative(root, p)).join(" → ")
      + (component.length > 2 ? `  (component of ${component.length}: ${component.map((p) => relative(root, p)).join(", ")})` : ""));
}

// The walking network: named streets (edges of the same name joined into one line), park paths,
// and the few links across canal and railway. Every junction is a vertex of each line through
// it, so a graph can be built from shared vertices.
import { distance, lerp, type XY } from "./geo.ts";
import { gridNode, type ZoneGrid } from "./grid.ts";
import type { NetEdge } from "./network.ts";
import { CROSSINGS, type ZoneId } from "./plan.ts";
import { line, makeId, type OutFeature, type Props } from "./write.ts";

interface StreetLine {
  kind: "street" | "footpath" | "bridge" | "tunnel" | "steps";
  name?: string;
  points: XY[];
}

/** Joins a zone's street edges of one name into as few lines as possible, in a fixed order. */
function namedLines(edges: NetEdge[]): StreetLine[] {
  const walkable = edges.filter((e) => e.street);
  const used = new Set<NetEdge>();
  const out: StreetLine[] = [];
  const group = (e: NetEdge) => `${e.zone}|${e.name}`;
  const others = (e: NetEdge, node: string) => walkable.filter((x) => x !== e && !used.has(x) && group(x) === group(e) && (x.a === node || x.b === node));
  for (const first of walkable) {
    if (used.has(first)) continue;
    // Walk back to where this street begins, then forwards to where it ends.
    let start = first;
    let head = first.a;
    for (const seen = new Set([first]); ; ) {
      const prev = others(start, head).find((x) => !seen.has(x));
      if (!prev) break;
      seen.add(prev);
      head = prev.a === head ? prev.b : prev.a;
      start = prev;
    }
    const points: XY[] = [];
    let node = start.a === head ? start.a : start.b;
    for (let e: NetEdge | undefined = start; e; ) {
      used.add(e);
      const forward = e.a === node;
      const pts = forward ? e.points : [...e.points].reverse();
      points.push(...(points.length ? pts.slice(1) : pts));
      node = forward ? e.b : e.a;
      e = others(e, node)[0];
    }
    out.push({ kind: "street", name: first.name, points });
  }
  return out;
}

/** Bridges and the tunnel; a footbridge gets stairs at both ends. */
function crossings(grids: Map<ZoneId, ZoneGrid>): StreetLine[] {
  return CROSSINGS.flatMap((c) => {
    const a = gridNode(grids, c.from);
    const b = gridNode(grids, c.to);
    if (c.steps === 0) return [{ kind: c.kind, name: c.name, points: [a, b] }];
    const t = c.steps / distance(a, b);
    const a2 = lerp(a, b, t);
    const b2 = lerp(b, a, t);
    return [
      { kind: "steps" as const, points: [a, a2] },
      { kind: c.kind, name: c.name, points: [a2, b2] },
      { kind: "steps" as const, points: [b2, b] },
    ];
  });
}

export function buildStreets(grids: Map<ZoneId, ZoneGrid>, edges: NetEdge[], paths: XY[][]): OutFeature[] {
  const lines = [...namedLines(edges), ...paths.map((points): StreetLine => ({ kind: "footpath", points })), ...crossings(grids)];
  return lines.map((l, i) => {
    const properties: Props = { id: makeId("street", i, 3), kind: l.kind };
    if (l.name !== undefined) properties.name = l.name; // footpaths and steps have no name
    return { properties, geometry: line(l.points) };
  });
}

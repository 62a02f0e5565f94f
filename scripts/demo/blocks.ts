// Blocks: the faces of each zone's street graph, so they follow the streets as actually drawn
// (bowed, warped, cut by the steenweg, merged where a street is missing).
import { signedArea, type XY } from "./geo.ts";
import type { ZoneGrid } from "./grid.ts";
import type { NetEdge } from "./network.ts";
import { cellSpec, type CellSpec, type ZoneId } from "./plan.ts";

export interface Block {
  key: string;
  zone: ZoneId;
  /** The grid cell the block grew from (its lowest column and row). */
  col: number;
  row: number;
  /** Street centre lines around the block, counter-clockwise; segment i runs ring[i] → ring[i+1]. */
  ring: XY[];
  /** Whether segment i fronts a walkable street. */
  street: boolean[];
  /** Grid nodes on the ring (where paths may start), and the cell's four grid corners SW, SE, NE, NW. */
  nodes: XY[];
  corners: [XY, XY, XY, XY];
  spec: CellSpec;
}

interface HalfEdge {
  from: string;
  to: string;
  points: XY[];
  street: boolean;
  angle: number;
}

function halfEdges(edges: NetEdge[]): Map<string, HalfEdge[]> {
  const out = new Map<string, HalfEdge[]>();
  const add = (from: string, to: string, points: XY[], street: boolean) => {
    const angle = Math.atan2(points[1][1] - points[0][1], points[1][0] - points[0][0]);
    const list = out.get(from) ?? [];
    list.push({ from, to, points, street, angle });
    out.set(from, list);
  };
  for (const e of edges.filter((x) => x.boundary)) {
    add(e.a, e.b, e.points, e.street);
    add(e.b, e.a, [...e.points].reverse(), e.street);
  }
  for (const list of out.values()) list.sort((p, q) => p.angle - q.angle);
  return out;
}

/** Walks every face with its inside on the left: at each node, turn as far right as possible. */
function faces(edges: NetEdge[]): HalfEdge[][] {
  const byNode = halfEdges(edges);
  const seen = new Set<HalfEdge>();
  const out: HalfEdge[][] = [];
  for (const list of byNode.values()) {
    for (const start of list) {
      if (seen.has(start)) continue;
      const face: HalfEdge[] = [];
      for (let h = start; !seen.has(h); ) {
        seen.add(h);
        face.push(h);
        const around = byNode.get(h.to)!;
        const back = around.findIndex((x) => x.to === h.from && x.points[1] === h.points[h.points.length - 2]);
        h = around[(back - 1 + around.length) % around.length];
      }
      out.push(face);
    }
  }
  return out;
}

const parse = (k: string) => k.split(",").map(Number) as [number, number];

/** The corner a steenweg triangle keeps opposite its diagonal ("nw" or "se"), else "". */
function triangleTag(col: number, row: number, keys: string[]): string {
  if (keys.length !== 3) return "";
  const corners: [string, string][] = [["sw", `${col},${row}`], ["se", `${col + 1},${row}`], ["ne", `${col + 1},${row + 1}`], ["nw", `${col},${row + 1}`]];
  const missing = corners.findIndex(([, k]) => !keys.includes(k));
  return missing < 0 ? "" : corners[(missing + 2) % 4][0];
}

export function buildBlocks(grid: ZoneGrid, edges: NetEdge[]): Block[] {
  const { zone, nodes } = grid;
  const blocks: Block[] = [];
  for (const face of faces(edges)) {
    const ring = face.flatMap((h) => h.points.slice(0, -1));
    if (signedArea(ring) <= 0) continue; // the outside of the zone
    const keys = face.map((h) => h.from);
    const col = Math.min(...keys.map((k) => parse(k)[0]));
    const row = Math.min(...keys.map((k) => parse(k)[1]));
    const tag = triangleTag(col, row, keys);
    blocks.push({
      key: `${zone.id}:${col},${row}${tag}`,
      zone: zone.id,
      col,
      row,
      ring,
      street: face.flatMap((h) => h.points.slice(0, -1).map(() => h.street)),
      nodes: face.map((h) => h.points[0]),
      corners: [nodes[col][row], nodes[col + 1][row], nodes[col + 1][row + 1], nodes[col][row + 1]],
      spec: cellSpec(zone.id, col, row, tag),
    });
  }
  return blocks.sort((p, q) => p.row - q.row || p.col - q.col || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
}

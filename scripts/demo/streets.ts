// The walking network: grid streets, park paths, and the few links across canal and railway.
// Every junction is a vertex of each line through it, so a graph can be built from shared vertices.
import { cellPoint, type Cell } from "./blocks.ts";
import { distance, lerp, type XY } from "./geo.ts";
import { gridNode, type ZoneGrid } from "./grid.ts";
import { CROSSINGS, VILLA_EDGE, ZONES, type ZoneId } from "./plan.ts";
import { line, makeId, type OutFeature, type Props } from "./write.ts";

interface StreetLine {
  kind: "street" | "footpath" | "bridge" | "tunnel" | "steps";
  name?: string;
  points: XY[];
}

function gridLines(grid: ZoneGrid): StreetLine[] {
  const { zone, nodes } = grid;
  const villas = zone.id === VILLA_EDGE.zone;
  const out: StreetLine[] = [];
  zone.xs.forEach((_, col) => {
    if (villas && col > VILLA_EDGE.col) return; // no street along the villa edge
    out.push({ kind: "street", name: zone.namesX[col], points: nodes[col] });
  });
  zone.ys.forEach((_, row) => {
    const row_ = nodes.map((column) => column[row]);
    if (!villas) {
      out.push({ kind: "street", name: zone.namesY[row], points: row_ });
      return;
    }
    const points = row_.slice(0, VILLA_EDGE.col + 1);
    if (row % 2 === 0) points.push(lerp(row_[VILLA_EDGE.col], row_[VILLA_EDGE.col + 1], VILLA_EDGE.reach));
    out.push({ kind: "street", name: zone.namesY[row], points });
  });
  return out;
}

/** Two crossing diagonals through an open block, meeting at a shared centre vertex. */
function parkPaths(cells: Cell[]): StreetLine[] {
  return cells
    .filter((cell) => cell.spec.type === "open" && cell.spec.footpath)
    .flatMap((cell) => {
      const centre = cellPoint(cell, 0.5, 0.5);
      const [sw, se, ne, nw] = cell.corners;
      return [
        { kind: "footpath" as const, points: [sw, centre, ne] },
        { kind: "footpath" as const, points: [se, centre, nw] },
      ];
    });
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

export function buildStreets(grids: Map<ZoneId, ZoneGrid>, cells: Cell[]): OutFeature[] {
  const lines = [...ZONES.flatMap((zone) => gridLines(grids.get(zone.id) as ZoneGrid)), ...parkPaths(cells), ...crossings(grids)];
  return lines.map((l, i) => {
    const properties: Props = { id: makeId("street", i, 3), kind: l.kind };
    if (l.name !== undefined) properties.name = l.name; // footpaths and steps have no name
    return { properties, geometry: line(l.points) };
  });
}

/** Loading the network fixtures (tests/fixtures/network, see its README) and running them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection } from "geojson";
import { runCoverage } from "../../../src/analysis/run.ts";
import { createProjection } from "../../../src/analysis/projection.ts";
import type { Network } from "../../../src/analysis/network.ts";
import { FIXTURE_CENTER } from "../../fixtures/coverage/format.ts";

export type Fixture = FeatureCollection & { properties: { description: string; limitM: number; crossings?: number } };

export const loadFixture = (name: string): Fixture =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/network", `${name}.geojson`), "utf8")) as Fixture;

export const byRole = (fx: Fixture, role: string): Feature[] => fx.features.filter((f) => f.properties?.role === role);

export const networkOf = (fx: Fixture): FeatureCollection => ({ type: "FeatureCollection", features: byRole(fx, "network") });

/** The fixture through the whole engine, as the app runs it. */
export function runFixture(fx: Fixture) {
  return runCoverage({ network: networkOf(fx), places: byRole(fx, "place"), residents: byRole(fx, "resident") }, { limitM: fx.properties.limitM, cutoffM: 2000 });
}

const P = createProjection(...FIXTURE_CENTER);

/** The network node at fixture metres (x, y) (positions are rounded to 1e-7°, so within 2 cm). */
export function nodeAt(net: Network, x: number, y: number): number {
  const [px, py] = net.projection.forward(...P.inverse(x, y));
  for (let n = 0; n < net.nodeCount; n++) if (Math.hypot(net.nodeX[n] - px, net.nodeY[n] - py) < 0.02) return n;
  throw new Error(`no node at (${x}, ${y})`);
}

/** Fixture metres → the network's own projected metres. */
export function toNet(net: Network, x: number, y: number): [number, number] {
  return net.projection.forward(...P.inverse(x, y));
}

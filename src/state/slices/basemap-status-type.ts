/** The base map status slice's type, apart from its creator: types.ts reads it without an import cycle. */
import type { BasemapProblem } from "../../data/pmtiles/http-source";

export interface BasemapStatusSlice {
  /** Why the base map could not be shown: an i18n key (src/i18n/messages/basemap.ts) and its parameters, or null. */
  basemapProblem: BasemapProblem | null;
  setBasemapProblem: (problem: BasemapProblem | null) => void;
}

export { CRS_CODES, CRS_DEFINITIONS, isCrsCode, type CrsCode, type CrsDefinition } from "./definitions.ts";
export { parseCrsMember, parseCrsName, type CrsNameResult } from "./crs-name.ts";
export { crsFromPrj } from "./prj.ts";
export { crsCandidatesByRange, guessCountry, type Bbox, type CountryGuess, type CrsCandidate } from "./detect-by-range.ts";
export { eachPosition, fromWgs84, mapPositions, toWgs84, type PositionTransform } from "./reproject.ts";

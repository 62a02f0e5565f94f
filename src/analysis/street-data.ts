/**
 * Where the loaded street data ends. A point farther than this from every loaded street or
 * path lies outside what the network describes (an OpenStreetMap extract smaller than the
 * neighbourhood, a street file of one district): its residents are counted as "no street data
 * here", not as a gap. 300 m is well beyond the farthest a home in a Flemish or Dutch town
 * stands from a street or footpath (rarely over 100 m), and well under the 400 m norm of
 * buurtgroen, so a real gap is never hidden by it.
 */
export const NO_STREET_DATA_M = 300;

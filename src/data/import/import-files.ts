import { buildLayers } from "./build-layers.ts";
import { groupFiles } from "./group-files.ts";
import { problem, toProblem } from "./problems.ts";
import { readUnit } from "./read-unit.ts";
import { crsLabel, resolveCrs } from "./resolve-crs.ts";
import type { CrsChoice, ImportedLayer, ImportOptions, ImportProblem, ImportResult, InputFile, InputFileLike } from "./types.ts";

// A worker receives transferred ArrayBuffers; everything below reads Uint8Arrays.
const asInputFile = ({ name, bytes }: InputFileLike): InputFile => ({ name, bytes: bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes) });

const unitName = (unit: ReturnType<typeof groupFiles>[number]) => (unit.type === "single" ? unit.file.name : unit.name);

function abortedResult(): ImportResult {
  return { layers: [], problems: [problem("error", "import.error.aborted", "")], aborted: true };
}

/** Lets a pending abort, progress message or UI frame through between heavy steps. */
const yieldTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads a planner's files into WGS 84 layers. Pure (bytes in, GeoJSON out), so it runs in a
 * Web Worker. Never rejects: every problem comes back typed, naming its file; one bad file
 * does not stop the others. Files whose coordinates fit several systems come back in
 * `needsCrsChoice`; import them again with `assumeCrs`.
 */
export async function importFiles(files: readonly InputFileLike[], opts: ImportOptions = {}): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const layers: ImportedLayer[] = [];
  const needsCrsChoice: CrsChoice[] = [];
  const units = groupFiles(files.map(asInputFile), problems);
  for (const [i, unit] of units.entries()) {
    opts.onProgress?.(i / units.length);
    await yieldTurn();
    if (opts.signal?.aborted) return abortedResult();
    try {
      for (const source of await readUnit(unit, opts, problems)) {
        if (opts.signal?.aborted) return abortedResult();
        try {
          const crs = resolveCrs(source, opts);
          if ("candidates" in crs) {
            needsCrsChoice.push({ file: source.file, candidates: crs.candidates });
            problems.push(problem("info", "import.info.crsChoiceNeeded", source.file));
            continue;
          }
          if (crs.fromRange) problems.push(problem("info", "import.info.crsFromRange", source.file, { crs: crsLabel(crs.code) }));
          problems.push(...(source.problems ?? []));
          layers.push(...buildLayers(source, crs.code, opts, problems));
        } catch (error) {
          problems.push(toProblem(error, source.file));
        }
      }
    } catch (error) {
      problems.push(toProblem(error, unitName(unit)));
    }
  }
  opts.onProgress?.(1);
  return needsCrsChoice.length > 0 ? { layers, problems, needsCrsChoice } : { layers, problems };
}

/**
 * A translated language is one folder, messages/<language>/, with one file per area of the
 * app (the same names as the Dutch source files). Its index.ts globs them and merges them here.
 */
export function mergeParts(parts: Record<string, { messages: Record<string, string> }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of Object.values(parts)) Object.assign(out, part.messages);
  return out;
}

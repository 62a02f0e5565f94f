/**
 * Untrusted text is kept as plain text: never rewritten or HTML-escaped here (the UI renders
 * it as text), only stripped of invisible control characters and capped in length.
 */

// C0/C1 controls (except tab and newlines, handled below), lone surrogates (they break UTF-8
// round trips) and bidi overrides/isolates (they can make a name display as something else).
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Strips control characters and trims; single-line text also turns line breaks into spaces. */
export function cleanText(value: string, multiline = false): string {
  const stripped = value.replace(INVISIBLE, "").replace(/\r\n?/g, "\n").replace(/\t/g, " ");
  return (multiline ? stripped : stripped.replace(/\n/g, " ")).trim();
}

/** Length in code points: what a resident counts, and what the limits mean. */
export function textLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** Cuts text to at most `max` code points without splitting a surrogate pair. */
export function capText(value: string, max: number): string {
  if (value.length <= max) return value;
  return Array.from(value).slice(0, max).join("").trimEnd();
}

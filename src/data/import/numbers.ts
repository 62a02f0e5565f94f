/** A number written with a decimal point or a decimal comma ("4,3517"); NaN otherwise. */
export function parseDecimal(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return NaN;
  const s = value.trim().replace(/\s/g, "");
  if (s === "") return NaN;
  return Number(/^[-+]?\d*,\d+$/.test(s) ? s.replace(",", ".") : s);
}

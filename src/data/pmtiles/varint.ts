// Unsigned LEB128 varints as PMTiles directories use them, for integers up to 2^53.

export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint out of range: ${value}`);
  let v = value;
  // Division instead of bit shifts: shifts would truncate to 32 bits.
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

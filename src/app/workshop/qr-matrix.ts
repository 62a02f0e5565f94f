/** A QR code as a matrix of dark modules, drawn by the app as SVG (no HTML strings injected). */
import qrcode from "qrcode-generator";

export function qrMatrix(text: string): boolean[][] {
  // Type 0: the smallest version that fits; level M survives a smudged projector or screen.
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** One SVG path for all dark modules: a few kilobytes instead of thousands of rects. */
export function qrPath(matrix: boolean[][], quiet = 4): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`)));
  return parts.join("");
}

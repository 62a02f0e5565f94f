/** Saves text or a blob as a file through a temporary link: no server, nothing leaves the browser. */
export function saveBlob(fileName: string, blob: Blob): void {
  const href = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started long before a minute is up; then the memory can go.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

export function saveText(fileName: string, text: string, type: string): void {
  saveBlob(fileName, new Blob([text], { type }));
}

/** "buiten-bereik-2026-11-22.csv": the date keeps files of successive sessions apart. */
export const datedName = (stem: string, ext: string, now: Date = new Date()) => `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;

/** Browser side of export and share: a file download through a Blob link, and the clipboard. */
import { exportProposals, type Proposal } from "../../proposals";

export function exportFileName(now: Date = new Date()): string {
  return `voorstellen-${now.toISOString().slice(0, 10)}.geojson`;
}

export function downloadProposals(proposals: Iterable<Proposal>): void {
  const text = JSON.stringify(exportProposals(proposals), null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: "application/geo+json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = exportFileName();
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text; false when the browser refuses (no permission, insecure page): show it instead. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a new version waits, for the notice (src/app/UpdatePrompt.tsx). Kept outside the app
 * store: it is about the installed app, not about the map's state, and it must not be saved,
 * shared or undone with it.
 */
type Apply = () => void;

let pending: Apply | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** A new version is installed and waits; `apply` switches to it and reloads the page. */
export function offerUpdate(apply: Apply): void {
  pending = apply;
  changed();
}

/** "Later": hide the notice; the new version still starts once every tab of the app is closed. */
export function dismissUpdate(): void {
  pending = null;
  changed();
}

export function pendingUpdate(): Apply | null {
  return pending;
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Full screen for presenting. Browsers may refuse (no user gesture, an iframe, a kiosk policy);
 * then presentation mode still fills the window and the UI suggests F11.
 */
export async function enterFullscreen(): Promise<boolean> {
  const el = document.documentElement;
  if (!el.requestFullscreen || document.fullscreenElement) return Boolean(document.fullscreenElement);
  try {
    await el.requestFullscreen({ navigationUI: "hide" });
    return true;
  } catch {
    return false;
  }
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** For useSyncExternalStore: whether the page is in full screen now. */
export function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}
export const isFullscreen = () => Boolean(document.fullscreenElement);

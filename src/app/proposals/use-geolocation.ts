import { useState } from "react";
import type { LngLat } from "../../state/slices/proposals";

export type GeoState = "idle" | "locating" | "denied" | "unavailable";

/**
 * "Use my location": asks the browser once and hands the place on. Refused and failed stay
 * apart, so the message can say what the resident can do instead.
 */
export function useGeolocation(onFound: (at: LngLat) => void) {
  const [geo, setGeo] = useState<GeoState>("idle");
  const locate = () => {
    if (!("geolocation" in navigator)) return setGeo("unavailable");
    setGeo("locating");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setGeo("idle");
        onFound([coords.longitude, coords.latitude]);
      },
      (error) => setGeo(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return { geo, locate };
}

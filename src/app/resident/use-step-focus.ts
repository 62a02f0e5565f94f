import { useEffect, useRef } from "react";
import { useAppStore } from "../../state/react";
import { selectMapReady } from "../../state/selectors";

/**
 * Puts focus on the step's heading when the step opens, so a screen reader reads where the
 * resident is. Once more when the map has loaded: the map then takes focus for its crosshair.
 */
export function useStepFocus<T extends HTMLElement>() {
  const heading = useRef<T>(null);
  const mapReady = useAppStore(selectMapReady);
  useEffect(() => {
    heading.current?.focus();
  }, [mapReady]);
  return heading;
}

/** Turns a store Notice (key + params) into a sentence; reasons and layer ids are translated first. */
import type { TFunction } from "i18next";
import { LAYERS, isLayerId } from "../../layers/definitions";
import type { Notice } from "../../state/slices/proposals";

export function noticeText(t: TFunction, notice: Notice): string {
  const params: Record<string, string | number> = { ...notice.params };
  if (notice.reason) params.reason = t(notice.reason.key, notice.reason.params);
  const layer = params.layer;
  if (typeof layer === "string" && isLayerId(layer)) params.layer = t(LAYERS[layer].labelKey);
  return t(notice.key, params);
}

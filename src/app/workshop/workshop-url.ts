/**
 * The workshop's part of the URL fragment, next to map= and layers= (src/state/url-state.ts):
 *   step=<situation|gaps|proposals|support>  the session step
 *   screen=projector                         this window mirrors the facilitator's
 *   view=report                              the printable report is open
 *   mode=propose                             open in propose mode (the residents' QR link)
 * Parsing never trusts the input: unknown values are ignored.
 */
import { SHARE_PARAM } from "../../proposals";
import { isWorkshopStep, type WorkshopStepId } from "../../state/slices/workshop";
import type { MapView } from "../../state/types";
import { mapParam, parseUrlState } from "../../state/url-state";

export interface WorkshopUrlState {
  step?: WorkshopStepId;
  projector?: boolean;
  report?: boolean;
  propose?: boolean;
}

const OWN_KEYS = ["step", "screen", "view", "mode"] as const;

export function parseWorkshopUrl(hash: string): WorkshopUrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const step = params.get("step");
  const out: WorkshopUrlState = {};
  if (isWorkshopStep(step)) out.step = step;
  if (params.get("screen") === "projector") out.projector = true;
  if (params.get("view") === "report") out.report = true;
  if (params.get("mode") === "propose") out.propose = true;
  return out;
}

/**
 * The fragment with the workshop's parameters replaced and everything else kept in order.
 * URLSearchParams would percent-encode map=z/lat/lon's slashes, so parts are joined by hand.
 */
export function withWorkshopParams(hash: string, state: WorkshopUrlState): string {
  const kept = hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part !== "" && !(OWN_KEYS as readonly string[]).includes(part.split("=")[0]));
  if (state.step) kept.push(`step=${state.step}`);
  if (state.projector) kept.push("screen=projector");
  if (state.report) kept.push("view=report");
  if (state.propose) kept.push("mode=propose");
  return `#${kept.join("&")}`;
}

/** The link a resident's phone opens from the QR code: this view, ready to propose a place, in the facilitator's language. */
export function joinLink(href: string, view: MapView): string {
  const [base, hash = ""] = href.split("#");
  const { language } = parseUrlState(hash);
  return `${base}#map=${mapParam(view)}${language ? `&lang=${language}` : ""}&mode=propose`;
}

/**
 * The projector window's address: the facilitator's own fragment plus screen=projector, less a
 * share link's proposals (the projector gets those through the mirror, not as an offer).
 */
export function projectorLink(href: string): string {
  const [base, hash = ""] = href.split("#");
  const withoutShare = hash.split("&").filter((part) => part.split("=")[0] !== SHARE_PARAM).join("&");
  return base + withWorkshopParams(withoutShare, { ...parseWorkshopUrl(hash), projector: true, report: false, propose: false });
}

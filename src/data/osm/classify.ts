import type { LayerKind } from "../import/layer-kinds.ts";
import { CONTEXT_KEYS, TAG_TABLE, type TagCondition, type TagRule } from "./tag-table.ts";

export type Tags = Readonly<Record<string, string>>;

function holds(condition: TagCondition, tags: Tags, isArea: boolean): boolean {
  if ("area" in condition) return isArea;
  const keys = condition.prefix ? Object.keys(tags).filter((k) => k.startsWith(condition.key)) : [condition.key];
  const present = keys.some((k) => k in tags && (!condition.values || condition.values.includes(tags[k])));
  return condition.not ? !present : present;
}

const allHold = (conditions: readonly TagCondition[], tags: Tags, isArea: boolean) =>
  conditions.every((c) => holds(c, tags, isArea));

function applies(rule: TagRule, tags: Tags, isArea: boolean): boolean {
  return allHold(rule.when, tags, isArea) && !(rule.unless ?? []).some((group) => allHold(group, tags, isArea));
}

/**
 * The layers an OpenStreetMap feature belongs to (a pedestrian square is a square and part
 * of the walking network); "context" when no layer takes it but it has a context key;
 * empty when it is of no use to the app.
 */
export function classifyTags(tags: Tags, isArea: boolean, table: readonly TagRule[] = TAG_TABLE): LayerKind[] {
  const kinds = [...new Set(table.filter((rule) => applies(rule, tags, isArea)).map((rule) => rule.kind))];
  if (kinds.length > 0) return kinds;
  return CONTEXT_KEYS.some((key) => key in tags) ? ["context"] : [];
}

import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { areaGroups, areaIdentity, municipalityOf, type AreaGroup } from "../../analysis/area-groups";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { Dataset } from "../../state/slices/datasets";
import { formatCount } from "../coverage/format";

const MATCHES_SHOWN = 8;

/** Lower-case, without accents, for searching names. */
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

interface SearchableGroup extends AreaGroup {
  haystack: string;
}

function searchable(dataset: Dataset): SearchableGroup[] {
  const names = new Map<string, string[]>();
  dataset.features.features.forEach((f, i) => {
    const key = municipalityOf(f.properties)?.key;
    if (!key) return;
    const list = names.get(key) ?? [];
    list.push(areaIdentity(f.properties, i).name);
    names.set(key, list);
  });
  return areaGroups(dataset.features).map((g) => ({ ...g, haystack: fold([g.key, g.label ?? "", ...(names.get(g.key) ?? [])].join(" ")) }));
}

/**
 * A national or regional population file (all CBS wijken, all Statbel sectors) is analysed for
 * the municipalities the planner keeps: by default those the loaded streets touch; here the
 * planner searches a municipality or neighbourhood by name or code and adds or removes it.
 */
export function ClipPicker({ dataset }: { dataset: Dataset }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const store = useAppStoreApi();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const groups = useMemo(() => searchable(dataset), [dataset]);
  const clip = useAppStore((s) => s.coverage.clips?.find((c) => c.id === dataset.id));
  const chosen = dataset.clip ?? [];
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const label = (g: AreaGroup) => t("importUi.clip.group", { name: g.label ?? g.key, examples: g.examples.join(", "), count: g.features });
  const matches = query.trim().length < 2 ? [] : groups.filter((g) => g.haystack.includes(fold(query.trim())) && !chosen.includes(g.key)).slice(0, MATCHES_SHOWN);
  const set = (next: string[] | null) => store.getState().setDatasetClip(dataset.id, next && next.length ? next : null);
  const current = clip?.groups.map((k) => byKey.get(k)).filter((g): g is SearchableGroup => !!g) ?? [];

  return (
    <fieldset className="clip-picker" data-testid="clip-picker">
      <legend>{t("importUi.clip.title", { count: dataset.features.features.length })}</legend>
      <p className="hint" role="status">
        {clip && clip.groups.length > 0
          ? t(clip.chosen ? "importUi.clip.chosen" : "importUi.clip.auto", {
              names: current.map((g) => g.label ?? g.key).join(", "),
              kept: formatCount(clip.kept, lang),
              total: formatCount(clip.total, lang),
            })
          : t("importUi.clip.none")}
      </p>
      {chosen.length > 0 && (
        <ul className="clip-chosen">
          {chosen.map((key) => {
            const g = byKey.get(key);
            const name = g ? label(g) : key;
            return (
              <li key={key}>
                <span>{name}</span>
                <button type="button" onClick={() => set(chosen.filter((k) => k !== key))} aria-label={t("importUi.clip.removeLabel", { name })}>
                  {t("importUi.clip.remove")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={searchId}>{t("importUi.clip.search")}</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {matches.length > 0 && (
        <ul className="clip-matches" aria-label={t("importUi.clip.matches")}>
          {matches.map((g) => (
            <li key={g.key}>
              <button type="button" className="list-button" onClick={() => { set([...chosen, g.key]); setQuery(""); }}>
                {t("importUi.clip.add", { name: label(g), residents: formatCount(g.residents, lang) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim().length >= 2 && matches.length === 0 && <p className="hint">{t("importUi.clip.noMatch")}</p>}
      {chosen.length > 0 && (
        <button type="button" onClick={() => set(null)}>
          {t("importUi.clip.automatic")}
        </button>
      )}
    </fieldset>
  );
}

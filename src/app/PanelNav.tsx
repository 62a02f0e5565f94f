import { useTranslation } from "react-i18next";

/** The panel's sections, by the id of their heading (see each section component). */
const SECTIONS = [
  { heading: "layers-heading", labelKey: "layers.heading" },
  { heading: "coverage-heading", labelKey: "coverage.heading" },
  { heading: "proposals-heading", labelKey: "proposalsUi.heading" },
  { heading: "workshop-heading", labelKey: "workshop.heading" },
  { heading: "data-heading", labelKey: "importUi.heading" },
] as const;

/**
 * Jump links to the panel's sections. Buttons, not #anchors: the URL's hash carries the map
 * view and must not be overwritten by a section name.
 */
export function PanelNav() {
  const { t } = useTranslation();
  const jump = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.scrollIntoView({ block: "start", behavior: "smooth" });
    // Move focus too, so keyboard and screen-reader users land where sighted users look.
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="panel-nav" aria-label={t("app.sections")}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.heading}>
            <button type="button" className="nav-button" onClick={() => jump(s.heading)}>
              {t(s.labelKey)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

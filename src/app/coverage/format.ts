import { metresToMinutes } from "../../analysis/walking";

/** Whole residents, in the reader's language (1.234 in Dutch, 1,234 in English). */
export const formatCount = (n: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);

export const formatPercent = (share: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(share * 100);

/** Minutes' walk, rounded to a whole minute (a half for short walks). */
export function formatMinutes(metres: number, kmh: number, lang: string): string {
  const minutes = metresToMinutes(metres, kmh);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: minutes < 10 ? 1 : 0 }).format(minutes);
}

import { CITY_TIME_ZONE } from '@server/contract/city-time';

/** 亿元 (1e8 yuan): the unit the city's investment and output figures are kept in. */
const YUAN_PER_YI = 100_000_000;

/**
 * An amount kept in 亿元, as readers of `language` expect it: `2,024.55 亿元` in Chinese,
 * `CN¥202.46B` in English (where "hundred million" is not a unit anyone reads).
 */
export function formatYi(amountYi: number, language: string): string {
  if (language.startsWith('zh')) {
    const number = new Intl.NumberFormat(language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(amountYi);
    return `${number} 亿元`;
  }
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(amountYi * YUAN_PER_YI);
}

const YUAN_PER_WAN = 10_000;

/** An amount kept in 万元 (1e4 yuan): `1,234.5 万元` in Chinese, `CN¥12.35M` in English. */
export function formatWan(amountWan: number, language: string): string {
  if (language.startsWith('zh')) {
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(amountWan);
    return `${number} 万元`;
  }
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(amountWan * YUAN_PER_WAN);
}

/** A calendar day (`YYYY-MM-DD`) in the reader's locale: `2026年6月15日`, `Jun 15, 2026`. */
export function formatDate(isoDay: string, language: string): string {
  // Read and written in UTC so the day never shifts with the viewer's time zone.
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDay.slice(0, 10)}T00:00:00Z`),
  );
}

/** An instant, shown on the city's clock. */
export function formatDateTime(isoInstant: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: CITY_TIME_ZONE,
  }).format(new Date(isoInstant));
}

/** A share from 0 to 1 as a percentage with at most one decimal. */
export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

/** Items joined as a sentence reads them: `总投资和进度`, `Investment and Progress`. */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

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

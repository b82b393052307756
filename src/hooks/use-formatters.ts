import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  formatWan,
  formatYi,
} from '@/lib/format';

interface Named {
  name: string;
  nameEn?: string | null;
}

/** Number, money, date and name formatters for the language the reader chose. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      number: (value: number, maximumFractionDigits?: number) =>
        formatNumber(value, language, maximumFractionDigits),
      percent: (ratio: number) => formatPercent(ratio, language),
      yi: (amountYi: number) => formatYi(amountYi, language),
      wan: (amountWan: number) => formatWan(amountWan, language),
      date: (isoDay: string) => formatDate(isoDay, language),
      dateTime: (isoInstant: string) => formatDateTime(isoInstant, language),
      list: (items: readonly string[]) => formatList(items, language),
      /** The English name on English pages when the record has one. */
      name: (record: Named) =>
        !language.startsWith('zh') && record.nameEn ? record.nameEn : record.name,
    }),
    [language],
  );
}

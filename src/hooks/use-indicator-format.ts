import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/hooks/use-formatters';

/** An indicator's figure with its unit, as readers of the page's language write it. */
export function useIndicatorFormat() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (value: number, unit: string): string => {
    switch (unit) {
      case '亿元':
        return format.yi(value);
      case '%':
        return t('overview.units.percent', { value: format.number(value) });
      case '家':
        return t('units.firms', { count: value });
      default:
        // A unit the app has no words for is shown as recorded.
        return `${format.number(value)} ${unit}`;
    }
  };
}

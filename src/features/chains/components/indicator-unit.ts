import { useTranslation } from 'react-i18next';
import { unitKey } from '@/lib/indicator-units';

/** An indicator's unit in the reader's language; an unknown unit is shown as recorded. */
export function useUnitLabel() {
  const { t } = useTranslation('chains');
  return (unit: string) => {
    const key = unitKey(unit);
    return key ? t(`chains.indicators.units.${key}`) : unit;
  };
}

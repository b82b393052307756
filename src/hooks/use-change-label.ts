import { useTranslation } from 'react-i18next';
import type { ChangeItem } from '@server/contract/changes';
import { useFormatters } from '@/hooks/use-formatters';

/**
 * What happened to a record, in the change brief's words ("新逾期（期限 …）", "填报 6.8 亿元"):
 * one wording for the 本周变化 page and its presentation slide. Needs the `changes` strings.
 */
export function useChangeLabel() {
  const { t } = useTranslation('changes');
  const format = useFormatters();
  const figure = (item: ChangeItem, value: string | null) =>
    value === null ? null : [format.number(Number(value)), item.unit].filter(Boolean).join(' ');
  return {
    figure,
    label: (item: ChangeItem): string => {
      if (item.change === 'overdue') {
        return t('changes.change.overdue', {
          deadline: item.after ? format.date(item.after) : '',
        });
      }
      if (item.change === 'entered') {
        return t('changes.change.entered', { value: figure(item, item.after) });
      }
      return t(`changes.change.${item.change}`);
    },
  };
}

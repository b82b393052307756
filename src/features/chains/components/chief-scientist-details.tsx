import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChiefScientist } from '@server/contract/chains';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

export function ChiefScientistDetails({ scientist }: { scientist: ChiefScientist }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const rows = [
    ['name', scientist.name],
    ['title', scientist.title],
    ['affiliation', scientist.affiliation],
    ['field', scientist.field],
    ['appointedOn', scientist.appointedOn && format.date(scientist.appointedOn)],
  ] as const;
  return (
    <dl className="detail-list">
      {rows.map(([key, value]) => (
        <Fragment key={key}>
          <dt>{t(`chains.chiefScientist.${key}`)}</dt>
          <dd>{value ? <DataText>{value}</DataText> : t('common.notRecorded')}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

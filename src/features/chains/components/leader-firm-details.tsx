import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LeaderFirm } from '@server/contract/chains';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

export function LeaderFirmDetails({ leaderFirm }: { leaderFirm: LeaderFirm }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  return (
    <dl className="detail-list">
      <dt>{t('chains.leaderFirm.firm')}</dt>
      <dd>
        <Link to="/firms/$firmId" params={{ firmId: leaderFirm.firm.id }}>
          <DataText>{format.name(leaderFirm.firm)}</DataText>
        </Link>
      </dd>
      <dt>{t('chains.leaderFirm.reason')}</dt>
      <dd>
        <DataText>{leaderFirm.reason}</DataText>
      </dd>
      <dt>{t('chains.leaderFirm.designatedOn')}</dt>
      <dd>
        {leaderFirm.designatedOn ? format.date(leaderFirm.designatedOn) : t('common.notRecorded')}
      </dd>
    </dl>
  );
}

import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LeaderFirm } from '@server/contract/chains';
import { useFormatters } from '@/hooks/use-formatters';

export function LeaderFirmDetails({ leaderFirm }: { leaderFirm: LeaderFirm }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  return (
    <dl className="detail-list">
      <dt>{t('chains.leaderFirm.firm')}</dt>
      <dd>
        <Link to="/firms/$firmId" params={{ firmId: leaderFirm.firm.id }}>
          {format.name(leaderFirm.firm)}
        </Link>
      </dd>
      <dt>{t('chains.leaderFirm.reason')}</dt>
      <dd>{leaderFirm.reason}</dd>
      <dt>{t('chains.leaderFirm.designatedOn')}</dt>
      <dd>
        {leaderFirm.designatedOn ? format.date(leaderFirm.designatedOn) : t('common.notRecorded')}
      </dd>
    </dl>
  );
}

import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { FirmDetail as Firm } from '@server/contract/firms';
import { QueryResult } from '@/components/feedback/query-result';
import { useFirm } from '@/features/firms/api/get-firm';
import { FirmActions } from '@/features/firms/components/edit/firm-actions';
import { FirmChainLinks } from '@/features/firms/components/firm-chain-links';
import { FirmFacts } from '@/features/firms/components/firm-facts';
import { FirmLeaderOf } from '@/features/firms/components/firm-leader-of';
import { FirmProblems } from '@/features/firms/components/firm-problems';
import { FirmProjects } from '@/features/firms/components/firm-projects';
import { useFormatters } from '@/hooks/use-formatters';

const route = getRouteApi('/firms/$firmId');

export function FirmDetail() {
  const { firmId } = route.useParams();
  const firm = useFirm(firmId);
  return <QueryResult query={firm}>{(data) => <FirmPage firm={data} />}</QueryResult>;
}

function FirmPage({ firm }: { firm: Firm }) {
  const { t } = useTranslation('firms');
  const format = useFormatters();
  const chinese = format.language.startsWith('zh');
  // The name in the other language, so either reader can match the firm to its documents.
  const otherName = chinese ? firm.nameEn : firm.nameEn ? firm.name : null;

  return (
    <div className="page">
      <p>
        <Link to="/firms">{t('firms.backToList')}</Link>
      </p>
      <h1 className="page__title">{format.name(firm)}</h1>
      {otherName && (
        <p className="page__summary" lang={chinese ? 'en' : 'zh-CN'}>
          {otherName}
        </p>
      )}
      {firm.withdrawnAt && (
        <p role="status" className="form-notice">
          {t('firms.edit.withdrawnNotice', {
            reason: t(`firms.edit.reason.${firm.withdrawalReason ?? 'none'}`),
            date: format.date(firm.withdrawnAt.slice(0, 10)),
          })}
        </p>
      )}
      <FirmActions firm={firm} />
      <FirmFacts firm={firm} />
      <FirmChainLinks links={firm.links} />
      {firm.leaderOf.length > 0 && <FirmLeaderOf leaderOf={firm.leaderOf} />}
      <FirmProjects projects={firm.projects} />
      <FirmProblems problems={firm.problems} />
    </div>
  );
}

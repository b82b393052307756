import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmDetail } from '@server/contract/firms';
import { useFormatters } from '@/hooks/use-formatters';

/** The chains this firm leads (链主), each with why it was chosen. */
export function FirmLeaderOf({ leaderOf }: { leaderOf: FirmDetail['leaderOf'] }) {
  const { t } = useTranslation('firms');
  const format = useFormatters();
  return (
    <section className="panel" aria-labelledby="firm-leader-title">
      <h2 id="firm-leader-title">{t('firms.leaderOf.title')}</h2>
      <dl className="detail-list">
        {leaderOf.map(({ chain, reason, designatedOn }) => (
          <Fragment key={chain.id}>
            <dt>
              <Link to="/chains/$chainId" params={{ chainId: chain.id }}>
                {format.name(chain)}
              </Link>
            </dt>
            <dd>
              {/* Reasons are written in Chinese only. */}
              <span lang="zh-CN">{reason}</span>
              {designatedOn && (
                <> {t('firms.leaderOf.designatedOn', { date: format.date(designatedOn) })}</>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

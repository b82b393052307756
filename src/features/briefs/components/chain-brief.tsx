import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainDetail } from '@server/contract/chains';
import type { ChainInvestment } from '@server/contract/investment';
import type { KeyIndicator } from '@server/contract/overview';
import type { ProblemPage } from '@server/contract/problems';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { useFormatters } from '@/hooks/use-formatters';
import { ChainAttention } from '@/features/briefs/components/chain-attention';
import { ChainInvestmentBrief } from '@/features/briefs/components/chain-investment';
import { ChainFiveOnes } from '@/features/briefs/components/chain-five-ones';
import { ChainKeyIndicators } from '@/features/briefs/components/chain-key-indicators';
import { StatusMark } from '@/features/briefs/components/status-mark';
import { MixedText } from '@/components/vocabulary/data-text';

interface ChainBriefProps {
  chain: ChainDetail;
  keyIndicators: KeyIndicator[];
  /** The chain's alerts, as the overview words them. */
  alerts: ReactNode;
  overdueProblems: ProblemPage;
  /** The chain's 招商: funnel, gaps and supply list. */
  investment: ChainInvestment;
}

/** The body of a chain's one-page brief: who runs it, how it stands, what needs attention. */
export function ChainBrief({
  chain,
  keyIndicators,
  alerts,
  overdueProblems,
  investment,
}: ChainBriefProps) {
  return (
    <>
      <div className="brief-columns">
        <ChainFacts chain={chain} />
        <ChainStatus chain={chain} />
      </div>
      <ChainCounts chain={chain} />
      <ChainFiveOnes chain={chain} />
      <ChainKeyIndicators indicators={keyIndicators} />
      <ChainInvestmentBrief investment={investment} />
      <ChainAttention alerts={alerts} overdue={overdueProblems} />
    </>
  );
}

function ChainFacts({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const leader = [chain.leaderName, chain.leaderTitle].filter(Boolean).join(' · ');
  return (
    <section className="brief-section" aria-labelledby="brief-facts">
      <h2 id="brief-facts" className="brief-section__title">
        {t('briefs.chain.facts')}
      </h2>
      <dl className="brief-facts">
        <dt>{t('briefs.chain.category')}</dt>
        <dd>{t(`category.${chain.category}`)}</dd>
        <dt>{t('briefs.chain.leader')}</dt>
        <dd lang="zh-CN">{leader}</dd>
        <dt>{t('briefs.chain.leadDepartment')}</dt>
        <dd>{chain.leadDepartment ? format.name(chain.leadDepartment) : '—'}</dd>
      </dl>
    </section>
  );
}

function ChainStatus({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  return (
    <section
      className={`brief-section brief-status brief-status--${chain.status}`}
      aria-labelledby="brief-status"
    >
      <h2 id="brief-status" className="brief-section__title">
        {t('briefs.chain.status')}
      </h2>
      <p className="brief-status__value">
        <StatusMark status={chain.status} />
        <RagStatusLabel status={chain.status} />
      </p>
      {/* Typed by the task force, in Chinese, on either language's page: shown as text. */}
      <p className="brief-status__note" lang="zh-CN">
        {chain.statusNote ?? t('briefs.chain.noNote')}
      </p>
      {chain.statusSetBy && (
        <p className="brief-note">
          <MixedText>
            {t('briefs.chain.statusSetBy', {
              name: chain.statusSetBy,
              date: format.dateTime(chain.statusUpdatedAt),
            })}
          </MixedText>
        </p>
      )}
    </section>
  );
}

function ChainCounts({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const { problems, projects } = chain;
  const counts = [
    ['parks', format.number(chain.parks.length)],
    ['firms', format.number(chain.firmCount)],
    ['clusters', format.number(chain.clusters.length)],
    [
      'projects',
      t('briefs.chain.projectsValue', {
        count: projects.count,
        amount: format.yi(projects.investmentYi),
      }),
    ],
    ['problems', format.number(problems.total)],
    ['unresolved', format.number(problems.total - problems.resolved)],
    ['overdue', format.number(problems.overdue)],
  ] as const;
  return (
    <section className="brief-section" aria-labelledby="brief-counts">
      <h2 id="brief-counts" className="visually-hidden">
        {t('briefs.chain.counts')}
      </h2>
      <dl className="brief-counts">
        {counts.map(([key, value]) => (
          <div key={key} className="brief-counts__item">
            <dt>{t(`briefs.chain.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

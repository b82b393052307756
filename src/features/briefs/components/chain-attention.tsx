import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemPage } from '@server/contract/problems';
import { useFormatters } from '@/hooks/use-formatters';

/** Room for this many problem rows keeps the brief on one page. */
const LISTED = 5;

interface ChainAttentionProps {
  /** The chain's alerts as the overview words them. */
  alerts: ReactNode;
  /** The chain's overdue problems, longest overdue first. */
  overdue: ProblemPage;
}

/** What needs the leaders' attention: the alerts, then the overdue problems by name. */
export function ChainAttention({ alerts, overdue }: ChainAttentionProps) {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const listed = overdue.items.slice(0, LISTED);
  const more = overdue.total - listed.length;

  return (
    <section className="brief-section" aria-labelledby="brief-attention">
      <h2 id="brief-attention" className="brief-section__title">
        {t('briefs.chain.attention')}
      </h2>
      {alerts}
      {listed.length === 0 ? (
        <p>{t('briefs.chain.noOverdue')}</p>
      ) : (
        <table className="brief-table brief-table--problems">
          <caption className="brief-table__caption">{t('briefs.chain.overdueCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('briefs.chain.problem')}</th>
              <th scope="col">{t('briefs.chain.firm')}</th>
              <th scope="col">{t('briefs.chain.owner')}</th>
              <th scope="col">{t('briefs.chain.deadline')}</th>
              <th scope="col" className="brief-table__number">
                {t('briefs.chain.overdueDays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {listed.map((problem) => (
              <tr key={problem.id}>
                {/* Typed by firms and task forces, in Chinese, on either language's page. */}
                <th scope="row" className="brief-table__clip" lang="zh-CN">
                  {problem.title}
                </th>
                <td className="brief-table__clip">
                  {problem.firm ? format.name(problem.firm) : '—'}
                </td>
                <td className="brief-table__clip">
                  {problem.ownerDepartment
                    ? format.name(problem.ownerDepartment)
                    : t('briefs.chain.unassigned')}
                </td>
                <td className="brief-table__nowrap">
                  {problem.deadline ? format.date(problem.deadline) : '—'}
                </td>
                <td className="brief-table__number">
                  {problem.overdueDays === null
                    ? '—'
                    : t('briefs.chain.days', { count: problem.overdueDays })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 && <p className="brief-note">{t('briefs.chain.overdueMore', { count: more })}</p>}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { AddStatusReport } from '@/features/chains/components/edit/chain-edit-launchers';
import type { StatusReport } from '@server/contract/chains';
import { EmptyState } from '@/components/feedback/empty-state';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { useFormatters } from '@/hooks/use-formatters';
import { WithdrawStatusReport } from '@/features/chains/components/chain-map-edit/record-withdrawals';
import { DataText, MixedText } from '@/components/vocabulary/data-text';

/** 专班动态, newest first; title and body are the task force's own words, shown as text. */
export function StatusReports({ chainId, reports }: { chainId: number; reports: StatusReport[] }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  return (
    <section className="panel" aria-labelledby="chain-reports-title">
      <div className="chain-section__head">
        <h2 id="chain-reports-title">{t('chains.reports.title')}</h2>
        <AddStatusReport chainId={chainId} />
      </div>
      {reports.length === 0 ? (
        <EmptyState>{t('chains.reports.empty')}</EmptyState>
      ) : (
        <ol className="status-reports">
          {reports.map((report) => (
            <li key={report.id} className="status-report">
              <article>
                <p className="status-report__meta">
                  <time dateTime={report.reportedOn}>{format.date(report.reportedOn)}</time>
                  <RagStatusLabel status={report.status} />
                  <span>
                    <MixedText>{t('chains.reports.author', { name: report.authorName })}</MixedText>
                  </span>
                  <WithdrawStatusReport chainId={chainId} report={report} />
                </p>
                <p className="status-report__title">
                  <DataText>{report.title}</DataText>
                </p>
                <p className="status-report__body">
                  <DataText>{report.body}</DataText>
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

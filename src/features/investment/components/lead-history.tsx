import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditEventPage } from '@/components/history/audit-event-list';
import { QueryResult } from '@/components/feedback/query-result';
import { useLeadHistory } from '@/features/investment/api/get-lead-history';

const PAGE_SIZE = 10;

/** Who moved the lead when, and what they changed: the lead's audit trail, revertible. */
export function LeadHistory({ leadId }: { leadId: number }) {
  const { t } = useTranslation('editing');
  const [page, setPage] = useState(1);
  const history = useLeadHistory(leadId, page, PAGE_SIZE);
  return (
    <section className="panel" aria-labelledby="lead-history-title">
      <h2 id="lead-history-title">{t('editing.history.title')}</h2>
      <QueryResult query={history}>
        {(data) => <AuditEventPage page={data} onPageChange={setPage} />}
      </QueryResult>
    </section>
  );
}

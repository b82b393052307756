import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditEventPage } from '@/components/history/audit-event-list';
import { QueryResult } from '@/components/feedback/query-result';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 10;

/** Every change to the chain's records, newest first, with a revert for those who may edit. */
export function ChainHistory({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  const [page, setPage] = useState(1);
  const history = useQuery({
    queryKey: queryKeys.chains.history(chainId, page),
    queryFn: ({ signal }) =>
      apiGet(
        `/api/chains/${chainId}/history`,
        () => import('@server/contract/audit').then((contract) => contract.auditPageSchema),
        { signal, search: { page, pageSize: PAGE_SIZE } },
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="panel" aria-labelledby="chain-history-title">
      <h2 id="chain-history-title">{t('editing.history.title')}</h2>
      <QueryResult query={history}>
        {(data) => <AuditEventPage page={data} onPageChange={setPage} />}
      </QueryResult>
    </section>
  );
}

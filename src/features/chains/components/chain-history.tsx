import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditEventList } from '@/components/history/audit-event-list';
import { Pagination } from '@/components/list/pagination';
import { QueryResult } from '@/components/feedback/query-result';
import { apiGet } from '@/lib/api-client';
import { canEditChain, useSession } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 10;

/** Every change to the chain's records, newest first, with a revert for those who may edit. */
export function ChainHistory({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  const user = useSession();
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
        {(data) => (
          <>
            <AuditEventList
              events={data.items}
              mayRevert={(event) => event.chainId !== null && canEditChain(user, event.chainId)}
            />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPageChange={setPage}
            />
          </>
        )}
      </QueryResult>
    </section>
  );
}

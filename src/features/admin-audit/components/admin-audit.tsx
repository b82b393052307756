import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { auditActions, auditEntityTypes } from '@server/contract/domain';
import { QueryResult } from '@/components/feedback/query-result';
import { AuditEventPage } from '@/components/history/audit-event-list';
import { ChainFilter } from '@/components/list/chain-filter';
import { SelectFilter } from '@/components/list/select-filter';
import { TextFilter } from '@/components/list/text-filter';
import { DateFilter } from '@/components/list/date-filter';
import type { AuditSearch } from '@/features/admin-audit/search';
import { ExportButtons } from '@/components/export/export-buttons';
import { apiGet } from '@/lib/api-client';
import { useCan } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';

const route = getRouteApi('/admin/audit');

/**
 * The city-wide audit trail, for the system and audit administrators: every change, newest
 * first, filtered.
 */
export function AdminAudit() {
  return useCan('read_change_audit') ? <AuditScreen /> : <NoPermission />;
}

function NoPermission() {
  const { t } = useTranslation('editing');
  return (
    <section className="not-found" aria-labelledby="audit-no-permission">
      <h1 id="audit-no-permission">{t('editing.audit.noPermission')}</h1>
    </section>
  );
}

function AuditScreen() {
  const { t } = useTranslation(['editing', 'translation']);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // The audit administrator does not read the chains, so has no list of them to choose from.
  const readsData = useCan('read_data');
  const filter = (next: Partial<AuditSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next, page: undefined }) });
  const query = {
    chainId: search.chain,
    actor: search.actor,
    entityType: search.entityType,
    action: search.action,
    from: search.from,
    to: search.to,
    page: search.page,
  };
  const events = useQuery({
    queryKey: queryKeys.audit.list(query),
    queryFn: ({ signal }) =>
      apiGet(
        '/api/audit-events',
        () => import('@server/contract/audit').then((contract) => contract.auditPageSchema),
        { signal, search: query },
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="page">
      <h1 className="page__title">{t('editing.audit.title')}</h1>
      <ExportButtons list="audit" search={query} />
      <div className="filters" role="group" aria-label={t('editing.audit.filters')}>
        {readsData && (
          <ChainFilter
            label={t('editing.audit.chain')}
            value={search.chain}
            onChange={(chain) => filter({ chain })}
          />
        )}
        <SelectFilter
          label={t('editing.audit.entityType')}
          value={search.entityType}
          options={auditEntityTypes.map((value) => ({
            value,
            label: t(`editing.history.entities.${value}`),
          }))}
          onChange={(entityType) => filter({ entityType })}
        />
        <SelectFilter
          label={t('editing.audit.action')}
          value={search.action}
          options={auditActions.map((value) => ({
            value,
            label: t(`editing.history.actions.${value}`),
          }))}
          onChange={(action) => filter({ action })}
        />
        <TextFilter
          label={t('editing.audit.actor')}
          buttonLabel={t('editing.audit.apply')}
          value={search.actor}
          onSubmit={(actor) => filter({ actor })}
        />
        <DateFilter
          label={t('editing.audit.from')}
          value={search.from}
          onChange={(from) => filter({ from })}
        />
        <DateFilter
          label={t('editing.audit.to')}
          value={search.to}
          onChange={(to) => filter({ to })}
        />
      </div>
      <QueryResult query={events}>
        {(data) => (
          <>
            <p role="status">{t('editing.audit.count', { count: data.total })}</p>
            <AuditEventPage
              page={data}
              showChain
              onPageChange={(page) =>
                void navigate({
                  search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }),
                })
              }
            />
          </>
        )}
      </QueryResult>
    </div>
  );
}

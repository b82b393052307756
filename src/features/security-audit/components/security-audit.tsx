import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListPage } from '@/components/list/list-page';
import { useSecurityEvents } from '@/features/security-audit/api/get-security-events';
import { useSecurityEventColumns } from '@/features/security-audit/components/security-event-columns';
import { SecurityEventFilters } from '@/features/security-audit/components/security-event-filters';
import type { SecurityEventSearch } from '@/features/security-audit/search';
import { useCan } from '@/lib/auth';
import '@/features/security-audit/security-audit.css';

const route = getRouteApi('/security/audit');

/** What narrows the list, as opposed to its page; it is always newest first. */
const filterKeys = [
  'q',
  'type',
  'result',
  'actor',
  'object',
  'from',
  'to',
] as const satisfies readonly (keyof SecurityEventSearch)[];

const newestFirst = { sort: 'at', order: 'desc' } as const;

/** 安全审计: the audit administrator's view of the security events, with their export. */
export function SecurityAudit() {
  return useCan('read_security_audit') ? <SecurityEventList /> : <NoPermission />;
}

/** The server answers 403 anyway; this says so before anyone tries. */
function NoPermission() {
  const { t } = useTranslation('security-audit');
  return (
    <section className="not-found" aria-labelledby="security-audit-no-permission">
      <h1 id="security-audit-no-permission">{t('securityAudit.noPermission.title')}</h1>
      <p>{t('securityAudit.noPermission.text')}</p>
    </section>
  );
}

function SecurityEventList() {
  const { t } = useTranslation('security-audit');
  const search = route.useSearch();
  return (
    <ListPage
      title={t('securityAudit.title')}
      intro={t('securityAudit.intro')}
      search={search}
      navigate={route.useNavigate()}
      filterKeys={filterKeys}
      readSort={() => undefined}
      defaultSort={newestFirst}
      filters={(props) => <SecurityEventFilters {...props} />}
      query={useSecurityEvents(search)}
      caption={t('securityAudit.tableCaption')}
      columns={useSecurityEventColumns()}
      getRowId={(event) => String(event.id)}
      exportList="security-events"
    />
  );
}

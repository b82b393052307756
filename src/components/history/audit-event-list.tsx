import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, AuditPage } from '@server/contract/audit';
import { Pagination } from '@/components/list/pagination';
import { can, canEditChain, useSession } from '@/lib/auth';
import { describeChange, subjectOf, type ValueWords } from '@/components/history/describe-change';
import { useRecordNames } from '@/components/history/use-record-names';
import { useFormatters } from '@/hooks/use-formatters';
import { ConflictError } from '@/lib/api-client';
import { useRevertChange } from '@/components/history/revert-change';
import '@/components/history/history.css';

interface AuditEventPageProps {
  page: AuditPage;
  onPageChange: (page: number) => void;
  /** Name each change's chain: in the city-wide trail, not on the chain's own page. */
  showChain?: boolean;
}

/**
 * One page of changes, newest first: who, when, what, and each changed field before → after,
 * with a revert for those who may change the record's chain.
 */
export function AuditEventPage({ page, onPageChange, showChain = false }: AuditEventPageProps) {
  const { t } = useTranslation(['editing', 'translation']);
  const user = useSession();
  const format = useFormatters();
  const nameOf = useRecordNames(page.items);
  const words: ValueWords = { t, format, nameOf };
  const mayRevert = (event: AuditEvent) =>
    event.chainId !== null && canEditChain(user, event.chainId);
  if (page.items.length === 0) return <p className="empty-state">{t('editing.history.empty')}</p>;
  return (
    <>
      <ol className="audit-events">
        {page.items.map((event) => (
          <AuditEventItem
            key={event.id}
            event={event}
            words={words}
            showChain={showChain}
            mayRevert={mayRevert(event)}
            linkChain={can(user, 'read_data')}
          />
        ))}
      </ol>
      <Pagination
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
        onPageChange={onPageChange}
      />
    </>
  );
}

interface AuditEventItemProps {
  event: AuditEvent;
  words: ValueWords;
  showChain: boolean;
  mayRevert: boolean;
  /** The chain's page is for those who read the chains' data, not the audit administrator. */
  linkChain: boolean;
}

function AuditEventItem({ event, words, showChain, mayRevert, linkChain }: AuditEventItemProps) {
  const { t, format } = words;
  const changes = describeChange(words, event);
  const subject = subjectOf(t, event);
  const what = [
    t(`editing.history.actions.${event.action}`),
    t(`editing.history.entities.${event.entityType}`),
    subject,
  ]
    .filter(Boolean)
    .join(' · ');
  // A new record has only values after, a removed one only values before.
  const columns = {
    before: event.action !== 'create',
    after: event.action !== 'delete',
  };
  return (
    <li className="audit-event">
      <p className="audit-event__head">
        <strong>{what}</strong>
        {showChain &&
          event.chainId !== null &&
          (linkChain ? (
            <Link to="/chains/$chainId" params={{ chainId: event.chainId }}>
              {words.nameOf('chain', event.chainId) ?? `#${event.chainId}`}
            </Link>
          ) : (
            <span>{t('editing.history.chainNumber', { id: event.chainId })}</span>
          ))}
        <span>
          {t('editing.history.byAt', { actor: event.actor, at: format.dateTime(event.at) })}
        </span>
      </p>
      {changes.length > 0 && (
        <table className="audit-event__changes">
          <caption className="visually-hidden">{what}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editing.history.field')}</th>
              {columns.before && <th scope="col">{t('editing.history.before')}</th>}
              {columns.after && <th scope="col">{t('editing.history.after')}</th>}
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.label}</th>
                {columns.before && <td>{change.before}</td>}
                {columns.after && <td>{change.after}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {event.revertible && mayRevert && <RevertButton event={event} what={what} />}
    </li>
  );
}

function RevertButton({ event, what }: { event: AuditEvent; what: string }) {
  const { t } = useTranslation('editing');
  const [outcome, setOutcome] = useState<'reverted' | 'changed' | 'failed' | null>(null);
  const revert = useRevertChange(event);
  const onRevert = () =>
    revert.mutate(undefined, {
      onSuccess: () => setOutcome('reverted'),
      onError: (error) => setOutcome(error instanceof ConflictError ? 'changed' : 'failed'),
    });
  return (
    <p className="audit-event__revert">
      <button
        type="button"
        className="button button--quiet audit-event__revert-button"
        // Reverted, or changed since: asking again would only say so again.
        disabled={revert.isPending || outcome === 'reverted' || outcome === 'changed'}
        aria-label={t('editing.history.revertLabel', { what })}
        onClick={() => {
          if (window.confirm(t('editing.history.confirmRevert'))) onRevert();
        }}
      >
        {t('editing.history.revert')}
      </button>
      {outcome && (
        <span role={outcome === 'reverted' ? 'status' : 'alert'}>
          {t(`editing.history.outcome.${outcome}`)}
        </span>
      )}
    </p>
  );
}

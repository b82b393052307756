import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginThrottles } from '@server/contract/login-throttles';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/feedback/empty-state';
import { FormAlert } from '@/components/form/form-alert';
import { QueryResult } from '@/components/feedback/query-result';
import { useClearLoginThrottle } from '@/features/admin-users/api/clear-login-throttle';
import { useLoginThrottles } from '@/features/admin-users/api/get-login-throttles';
import { useFormatters } from '@/hooks/use-formatters';

/** One account from one address, or (without a username) one address for every account. */
interface ThrottleRow {
  username: string | null;
  address: string;
  failures: number;
  waitsUntil: string;
}

function rowsOf({ pairs, addresses }: LoginThrottles): ThrottleRow[] {
  return [...pairs, ...addresses.map((entry) => ({ ...entry, username: null }))];
}

/**
 * Who waits after wrong passwords, so an administrator can let a locked-out colleague back in
 * (the wait protects against guessing, and a typo-prone office should not need to sit it out).
 */
export function LoginThrottlesSection() {
  const { t } = useTranslation('admin');
  const throttles = useLoginThrottles();
  const clear = useClearLoginThrottle();
  const [done, setDone] = useState('');

  const { mutate } = clear;
  const clearRow = useCallback(
    (row: ThrottleRow) => {
      setDone('');
      mutate(
        { username: row.username ?? undefined, address: row.address },
        { onSuccess: () => setDone(t('admin.throttles.cleared', { who: whoOf(row, t) })) },
      );
    },
    [mutate, t],
  );
  const columns = useThrottleColumns(clearRow, clear.isPending);

  return (
    <section className="login-throttles" aria-labelledby="login-throttles-title">
      <h2 id="login-throttles-title">{t('admin.throttles.title')}</h2>
      <p className="page__summary">{t('admin.throttles.summary')}</p>
      {clear.isError && <FormAlert error={clear.error} />}
      <p className="users-toolbar__done" role="status">
        {done}
      </p>
      <QueryResult query={throttles}>
        {(data) => {
          const rows = rowsOf(data);
          if (rows.length === 0) return <EmptyState>{t('admin.throttles.empty')}</EmptyState>;
          return (
            <DataTable
              caption={t('admin.throttles.tableCaption')}
              columns={columns}
              rows={rows}
              getRowId={(row) => `${row.username ?? '*'}@${row.address}`}
            />
          );
        }}
      </QueryResult>
    </section>
  );
}

type AdminT = ReturnType<typeof useTranslation<'admin'>>['t'];

function whoOf(row: ThrottleRow, t: AdminT): string {
  return row.username
    ? t('admin.throttles.pair', { username: row.username, address: row.address })
    : t('admin.throttles.address', { address: row.address });
}

/** Stable while nothing it shows changes, so a click on a row's button is never lost. */
function useThrottleColumns(
  onClear: (row: ThrottleRow) => void,
  clearing: boolean,
): DataTableColumn<ThrottleRow>[] {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'username',
        header: t('admin.throttles.columns.username'),
        cell: ({ row }) =>
          row.original.username === null ? (
            t('admin.throttles.everyAccount')
          ) : (
            <span className="users-table__username">{row.original.username}</span>
          ),
      },
      {
        id: 'address',
        header: t('admin.throttles.columns.address'),
        cell: ({ row }) => <span className="users-table__username">{row.original.address}</span>,
      },
      {
        id: 'failures',
        header: t('admin.throttles.columns.failures'),
        cell: ({ row }) => format.number(row.original.failures),
      },
      {
        id: 'waitsUntil',
        header: t('admin.throttles.columns.waitsUntil'),
        // A pair past its free failures stays listed after its wait: its next typo waits longer.
        cell: ({ row }) =>
          Date.parse(row.original.waitsUntil) <= Date.now()
            ? t('admin.throttles.mayTryNow')
            : format.dateTime(row.original.waitsUntil),
      },
      {
        id: 'actions',
        header: t('admin.throttles.columns.actions'),
        cell: ({ row }) => (
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('admin.throttles.clearOf', { who: whoOf(row.original, t) })}
            disabled={clearing}
            onClick={() => onClear(row.original)}
          >
            {t('admin.throttles.clear')}
          </button>
        ),
      },
    ],
    [t, format, onClear, clearing],
  );
}

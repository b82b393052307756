import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/contract/users';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { ChainTags } from '@/components/links/chain-tags';
import { ResetSecondFactorButton } from '@/features/admin-users/components/reset-second-factor-button';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UsersTable({ users, onEdit, onResetPassword }: UsersTableProps) {
  const { t } = useTranslation('admin');
  const columns = useUserColumns({ onEdit, onResetPassword });
  return (
    <>
      <p className="list-summary">{t('admin.users.count', { count: users.length })}</p>
      <DataTable
        caption={t('admin.users.tableCaption')}
        columns={columns}
        rows={users}
        getRowId={(user) => String(user.id)}
      />
    </>
  );
}

/**
 * Stable while the language and the callbacks stay the same: a new column definition would mount
 * its cells afresh, and a click on a button being replaced would be lost.
 */
function useUserColumns({
  onEdit,
  onResetPassword,
}: Omit<UsersTableProps, 'users'>): DataTableColumn<User>[] {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'username',
        header: t('admin.users.columns.username'),
        cell: ({ row }) => <span className="users-table__username">{row.original.username}</span>,
      },
      {
        id: 'displayName',
        header: t('admin.users.columns.displayName'),
        cell: ({ row }) => row.original.displayName,
      },
      {
        id: 'role',
        header: t('admin.users.columns.role'),
        cell: ({ row }) => tCommon(`session.roles.${row.original.role}`),
      },
      {
        id: 'chains',
        header: t('admin.users.columns.chains'),
        cell: ({ row }) =>
          row.original.role === 'admin' ? (
            t('admin.users.allChains')
          ) : (
            <UserChains chainIds={row.original.chainIds} />
          ),
      },
      {
        id: 'disabled',
        header: t('admin.users.columns.disabled'),
        cell: ({ row }) =>
          row.original.disabled ? (
            <span className="users-table__disabled">{t('admin.users.disabled')}</span>
          ) : (
            t('admin.users.active')
          ),
      },
      {
        id: 'updated',
        header: t('admin.users.columns.updated'),
        cell: ({ row }) =>
          row.original.updatedBy
            ? t('admin.users.updatedBy', {
                date: format.dateTime(row.original.updatedAt),
                name: row.original.updatedBy,
              })
            : format.dateTime(row.original.updatedAt),
      },
      {
        id: 'actions',
        header: t('admin.users.columns.actions'),
        cell: ({ row }) => (
          <div className="users-table__actions">
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('admin.users.editUser', { name: row.original.username })}
              onClick={() => onEdit(row.original)}
            >
              {t('admin.users.edit')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('admin.users.resetPasswordOf', { name: row.original.username })}
              onClick={() => onResetPassword(row.original)}
            >
              {t('admin.users.resetPassword')}
            </button>
            <ResetSecondFactorButton user={row.original} />
          </div>
        ),
      },
    ],
    [t, tCommon, format, onEdit, onResetPassword],
  );
}

/** An editor's chains by name, each a link to its page. */
function UserChains({ chainIds }: { chainIds: number[] }) {
  const { t } = useTranslation('admin');
  const chains = useChainOptions();
  const scope = (chains.data?.items ?? []).filter((chain) => chainIds.includes(chain.id));
  return <ChainTags chains={scope} none={t('admin.users.noChains')} />;
}

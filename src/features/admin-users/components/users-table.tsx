import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { accountRolesKeptBy } from '@server/contract/permissions';
import type { User } from '@server/contract/users';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { ChainTags } from '@/components/links/chain-tags';
import { ResetSecondFactorButton } from '@/features/admin-users/components/reset-second-factor-button';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';
import { can, useSession } from '@/lib/auth';

/** What a row's buttons open; each row offers only what the signed-in administrator may do. */
interface RowActionHandlers {
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

interface UsersTableProps extends RowActionHandlers {
  users: User[];
  /** The chains an editor may change, by name: for those who read the chains. */
  showChains: boolean;
}

export function UsersTable({ users, onEdit, onResetPassword, showChains }: UsersTableProps) {
  const { t } = useTranslation('admin');
  const columns = useUserColumns({ onEdit, onResetPassword, showChains });
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
  showChains,
}: Omit<UsersTableProps, 'users'>): DataTableColumn<User>[] {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  return useMemo(() => {
    const columns: DataTableColumn<User>[] = [
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
        id: 'email',
        header: t('admin.users.columns.email'),
        cell: ({ row }) => row.original.email ?? t('admin.users.noEmail'),
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
          can(row.original, 'write_all_chains') ? (
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
          <UserRowActions user={row.original} onEdit={onEdit} onResetPassword={onResetPassword} />
        ),
      },
    ];
    return columns.filter((column) => showChains || column.id !== 'chains');
  }, [t, tCommon, format, onEdit, onResetPassword, showChains]);
}

/**
 * Every action on one account, in its row's actions cell: the one place a new action goes. The
 * system administrator edits the accounts of viewers, editors and system administrators, the
 * security administrator those of security and audit administrators, and resets anyone's
 * password; the server checks each again.
 */
function UserRowActions({ user, onEdit, onResetPassword }: { user: User } & RowActionHandlers) {
  const { t } = useTranslation('admin');
  const me = useSession();
  return (
    <div className="users-table__actions">
      {accountRolesKeptBy(me.role).includes(user.role) && (
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('admin.users.editUser', { name: user.username })}
          onClick={() => onEdit(user)}
        >
          {t('admin.users.edit')}
        </button>
      )}
      {can(me, 'manage_credentials') && (
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('admin.users.resetPasswordOf', { name: user.username })}
          onClick={() => onResetPassword(user)}
        >
          {t('admin.users.resetPassword')}
        </button>
      )}
      <ResetSecondFactorButton user={user} />
    </div>
  );
}

/** An editor's chains by name, each a link to its page. */
function UserChains({ chainIds }: { chainIds: number[] }) {
  const { t } = useTranslation('admin');
  const chains = useChainOptions();
  const scope = (chains.data?.items ?? []).filter((chain) => chainIds.includes(chain.id));
  return <ChainTags chains={scope} none={t('admin.users.noChains')} />;
}

import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Policy } from '@server/contract/chains';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/feedback/empty-state';
import { useFormatters } from '@/hooks/use-formatters';

interface PolicyTableProps {
  policies: Policy[];
  /** Edit controls of one policy, for users who may change the chain (keep it stable). */
  actions?: (policy: Policy) => ReactNode;
}

/** The policy package, newest first as the API sends it; retired policies in a table apart. */
export function PolicyTable({ policies, actions }: PolicyTableProps) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const columns = useMemo<DataTableColumn<Policy>[]>(() => {
    const orNone = (text: string | null | undefined) => text ?? t('common.notRecorded');
    const actionColumn: DataTableColumn<Policy>[] = actions
      ? [
          {
            id: 'actions',
            header: t('chains.policies.actions'),
            cell: ({ row }) => actions(row.original),
          },
        ]
      : [];
    return [
      { id: 'title', header: t('chains.policies.title'), cell: ({ row }) => row.original.title },
      {
        id: 'docNumber',
        header: t('chains.policies.docNumber'),
        cell: ({ row }) => orNone(row.original.docNumber),
      },
      { id: 'issuer', header: t('chains.policies.issuer'), cell: ({ row }) => row.original.issuer },
      {
        id: 'issuedOn',
        header: t('chains.policies.issuedOn'),
        cell: ({ row }) => orNone(row.original.issuedOn && format.date(row.original.issuedOn)),
      },
      {
        id: 'status',
        header: t('chains.policies.status'),
        cell: ({ row }) => t(`policyStatus.${row.original.status}`),
      },
      {
        id: 'budget',
        header: t('chains.policies.budget'),
        cell: ({ row }) => (
          <span className="numeric">
            {orNone(row.original.budgetWan === null ? null : format.wan(row.original.budgetWan))}
          </span>
        ),
      },
      {
        id: 'disbursed',
        header: t('chains.policies.disbursed'),
        cell: ({ row }) => <span className="numeric">{disbursed(row.original)}</span>,
      },
      {
        id: 'beneficiaries',
        header: t('chains.policies.beneficiaries'),
        cell: ({ row }) => (
          <span className="numeric">
            {orNone(
              row.original.beneficiaries === null
                ? null
                : t('chains.firmCount', { count: row.original.beneficiaries }),
            )}
          </span>
        ),
      },
      ...actionColumn,
    ];

    function disbursed({ budgetWan, disbursedWan }: Policy): string {
      if (disbursedWan === null) return t('common.notRecorded');
      const amount = format.wan(disbursedWan);
      if (!budgetWan) return amount;
      return t('chains.policies.disbursedShare', {
        amount,
        share: format.percent(disbursedWan / budgetWan),
      });
    }
  }, [t, format, actions]);

  const current = policies.filter((policy) => policy.retiredAt === null);
  const retired = policies.filter((policy) => policy.retiredAt !== null);
  return (
    <>
      {current.length === 0 ? (
        <EmptyState>{t('chains.policies.empty')}</EmptyState>
      ) : (
        <DataTable
          caption={t('chains.policies.caption')}
          columns={columns}
          rows={current}
          getRowId={(policy) => String(policy.id)}
        />
      )}
      {retired.length > 0 && (
        <DataTable
          caption={t('chains.policies.retiredCaption')}
          columns={columns}
          rows={retired}
          getRowId={(policy) => String(policy.id)}
        />
      )}
    </>
  );
}

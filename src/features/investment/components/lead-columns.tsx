import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';
import type { LeadListItem } from '@server/contract/investment';
import type { DataTableColumn } from '@/components/data-table/data-table';
import {
  LeadStalledLabel,
  OverdueLabel,
  OwnerName,
} from '@/features/investment/components/lead-labels';
import { LinkStrengthMark } from '@/features/investment/components/link-strength-mark';
import { useFormatters } from '@/hooks/use-formatters';

/** The lead table's columns; a sortable column's id is the API's sort key. */
export function useLeadColumns(): DataTableColumn<LeadListItem>[] {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  // Overdue on the city's calendar, like the server's dates.
  const today = cityDay(new Date());
  return useMemo(
    () => [
      {
        id: 'targetFirm',
        header: t('investment.leads.columns.targetFirm'),
        enableSorting: false,
        cell: ({ row }) => (
          <>
            <Link to="/investment/leads/$leadId" params={{ leadId: row.original.id }}>
              {format.name(row.original.targetFirm)}
            </Link>
            <span className="lead-table__sub">{row.original.targetFirm.hqCity}</span>
          </>
        ),
      },
      {
        id: 'chain',
        header: t('investment.leads.columns.chain'),
        enableSorting: false,
        cell: ({ row }) => format.name(row.original.chain),
      },
      {
        id: 'link',
        header: t('investment.leads.columns.link'),
        enableSorting: false,
        cell: ({ row }) => (
          <>
            {format.name(row.original.link)}{' '}
            <LinkStrengthMark strength={row.original.link.strength} />
          </>
        ),
      },
      {
        id: 'action',
        header: t('investment.leads.columns.action'),
        enableSorting: false,
        cell: ({ row }) => <span className="nowrap">{t(`leadAction.${row.original.action}`)}</span>,
      },
      {
        id: 'stage',
        header: t('investment.leads.columns.stage'),
        enableSorting: false,
        cell: ({ row }) => <span className="nowrap">{t(`leadStage.${row.original.stage}`)}</span>,
      },
      {
        id: 'investment',
        header: t('investment.leads.columns.investment'),
        accessorFn: (lead) => lead.expectedInvestmentYi,
        sortDescFirst: true,
        cell: ({ row }) => (
          <span className="numeric nowrap">
            {row.original.expectedInvestmentYi === null
              ? t('investment.leads.none')
              : format.yi(row.original.expectedInvestmentYi)}
          </span>
        ),
      },
      {
        id: 'nextStepDueOn',
        header: t('investment.leads.columns.nextStep'),
        accessorFn: (lead) => lead.nextStepDueOn,
        sortDescFirst: false,
        cell: ({ row }) => {
          const lead = row.original;
          if (!lead.nextStep) return t('investment.leads.none');
          const open = lead.stage !== 'signed' && lead.stage !== 'dropped';
          return (
            <>
              {lead.nextStep}
              {lead.nextStepDueOn && (
                <span className="lead-table__sub">
                  {t('investment.leads.due', { date: format.date(lead.nextStepDueOn) })}
                  {open && lead.nextStepDueOn < today && (
                    <>
                      {' '}
                      <OverdueLabel />
                    </>
                  )}
                </span>
              )}
            </>
          );
        },
      },
      {
        id: 'owner',
        header: t('investment.leads.columns.owner'),
        enableSorting: false,
        cell: ({ row }) => <OwnerName owner={row.original.owner} />,
      },
      {
        id: 'campaign',
        header: t('investment.leads.columns.campaign'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.campaign ? format.name(row.original.campaign) : t('investment.leads.none'),
      },
      {
        id: 'updatedAt',
        header: t('investment.leads.columns.updatedAt'),
        accessorFn: (lead) => lead.updatedAt,
        sortDescFirst: true,
        cell: ({ row }) => (
          <>
            <span className="nowrap">{format.date(cityDay(new Date(row.original.updatedAt)))}</span>
            {row.original.stalled && (
              <>
                {' '}
                <LeadStalledLabel />
              </>
            )}
          </>
        ),
      },
    ],
    [t, format, today],
  );
}

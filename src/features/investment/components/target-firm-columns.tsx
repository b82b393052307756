import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetFirmListItem } from '@server/contract/investment';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { ChainTags } from '@/components/links/chain-tags';
import { LinkTags } from '@/components/links/link-tags';
import { useFormatters } from '@/hooks/use-formatters';
import '@/features/investment/target-firms.css';

/** The target-firm table's columns; a sortable column's id is the API's sort key. */
export function useTargetFirmColumns(): DataTableColumn<TargetFirmListItem>[] {
  const { t } = useTranslation(['investment', 'translation']);
  const format = useFormatters();
  const chinese = format.language.startsWith('zh');
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('investment.targetFirms.columns.name'),
        accessorFn: (firm) => format.name(firm),
        sortDescFirst: false,
        cell: ({ row }) => {
          const firm = row.original;
          // The name in the other language, so either reader can match it to their papers.
          const other = chinese ? firm.nameEn : firm.nameEn ? firm.name : null;
          return (
            <>
              <Link to="/investment/target-firms/$targetFirmId" params={{ targetFirmId: firm.id }}>
                {format.name(firm)}
              </Link>
              {other && (
                <div className="target-firm__other-name" lang={chinese ? 'en' : 'zh-CN'}>
                  {other}
                </div>
              )}
            </>
          );
        },
      },
      {
        id: 'hq',
        header: t('investment.targetFirms.columns.hq'),
        enableSorting: false,
        cell: ({ row }) =>
          t('investment.targetFirms.hq', {
            province: row.original.hqProvince,
            city: row.original.hqCity,
          }),
      },
      {
        id: 'products',
        header: t('investment.targetFirms.columns.products'),
        enableSorting: false,
        cell: ({ row }) => row.original.products,
      },
      {
        id: 'size',
        header: t('investment.targetFirms.columns.size'),
        enableSorting: false,
        cell: ({ row }) => t(`targetFirmSize.${row.original.size}`, { ns: 'translation' }),
      },
      {
        id: 'source',
        header: t('investment.targetFirms.columns.source'),
        enableSorting: false,
        cell: ({ row }) => t(`targetFirmSource.${row.original.source}`, { ns: 'translation' }),
      },
      {
        id: 'chains',
        header: t('investment.targetFirms.columns.chains'),
        enableSorting: false,
        cell: ({ row }) => <ChainTags chains={row.original.chains} />,
      },
      {
        id: 'links',
        header: t('investment.targetFirms.columns.links'),
        enableSorting: false,
        cell: ({ row }) => (
          <LinkTags links={row.original.links} none={t('investment.targetFirms.noLinks')} />
        ),
      },
      {
        id: 'leads',
        header: t('investment.targetFirms.columns.leads'),
        accessorFn: (firm) => firm.leads,
        // The most courted first: where the work is.
        sortDescFirst: true,
        cell: ({ row }) => <span className="numeric">{format.number(row.original.leads)}</span>,
      },
    ],
    [t, format, chinese],
  );
}

import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmDetail } from '@server/contract/firms';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { useFormatters } from '@/hooks/use-formatters';

type ChainLink = FirmDetail['links'][number];

/** The chain links (环节) the firm works in, where each sits in its chain and how strong it is. */
export function FirmChainLinks({ links }: { links: ChainLink[] }) {
  const { t } = useTranslation('firms');
  const format = useFormatters();
  const columns = useMemo<DataTableColumn<ChainLink>[]>(
    () => [
      {
        id: 'chain',
        header: t('firms.links.chain'),
        cell: ({ row }) => (
          <Link to="/chains/$chainId" params={{ chainId: row.original.chain.id }}>
            {format.name(row.original.chain)}
          </Link>
        ),
      },
      {
        id: 'segment',
        header: t('firms.links.segment'),
        // Segment names already say where they sit ("中游：面板与模组").
        cell: ({ row }) => format.name(row.original.segment),
      },
      {
        id: 'link',
        header: t('firms.links.link'),
        cell: ({ row }) => format.name(row.original),
      },
      {
        id: 'strength',
        header: t('firms.links.strength'),
        cell: ({ row }) => t(`linkStrength.${row.original.strength}`),
      },
    ],
    [t, format],
  );

  return (
    <section className="panel" aria-labelledby="firm-links-title">
      <h2 id="firm-links-title">{t('firms.links.title')}</h2>
      {links.length === 0 ? (
        <p>{t('firms.links.none')}</p>
      ) : (
        <DataTable
          caption={t('firms.links.title')}
          columns={columns}
          rows={links}
          getRowId={(link) => String(link.id)}
        />
      )}
    </section>
  );
}

import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingListItem } from '@server/contract/meetings';
import type { DataTableColumn } from '@/components/data-table/data-table';
import { useFormatters } from '@/hooks/use-formatters';

/** The meeting table's columns; a sortable column's id is the API's sort key. */
export function useMeetingColumns(): DataTableColumn<MeetingListItem>[] {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  return useMemo(
    () => [
      {
        id: 'title',
        header: t('meetings.columns.title'),
        enableSorting: false,
        cell: ({ row }) => (
          // Meetings are recorded in Chinese only: say so, for English pages and screen readers.
          <Link to="/meetings/$meetingId" params={{ meetingId: row.original.id }} lang="zh-CN">
            {row.original.title}
          </Link>
        ),
      },
      {
        id: 'heldOn',
        header: t('meetings.columns.heldOn'),
        accessorFn: (meeting) => meeting.heldOn,
        sortDescFirst: true,
        cell: ({ row }) => format.date(row.original.heldOn),
      },
      {
        id: 'chain',
        header: t('meetings.columns.chain'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.chain ? format.name(row.original.chain) : t('meetings.cityWide'),
      },
      {
        id: 'place',
        header: t('meetings.columns.place'),
        enableSorting: false,
        cell: ({ row }) => <span lang="zh-CN">{row.original.place ?? t('common.none')}</span>,
      },
      {
        id: 'firms',
        header: t('meetings.columns.firms'),
        enableSorting: false,
        cell: ({ row }) => format.number(row.original.firmCount),
      },
      {
        id: 'problems',
        header: t('meetings.columns.problems'),
        enableSorting: false,
        cell: ({ row }) => format.number(row.original.problemCount),
      },
      {
        id: 'resolved',
        header: t('meetings.columns.resolved'),
        enableSorting: false,
        cell: ({ row }) => format.number(row.original.resolvedCount),
      },
    ],
    [t, format],
  );
}

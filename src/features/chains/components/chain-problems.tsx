import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useChainRecordActions } from '@/features/chains/components/chain-record-actions';
import type { ProblemSummary } from '@server/contract/problems';
import { DataTable, type DataTableColumn } from '@/components/data-table/data-table';
import { useFormatters } from '@/hooks/use-formatters';

type DepartmentRow = ProblemSummary['byDepartment'][number];

interface ChainProblemsProps {
  chainId: number;
  problems: ProblemSummary;
}

export function ChainProblems({ chainId, problems }: ChainProblemsProps) {
  const { t } = useTranslation('chains');
  const { AddProblem, EscalatedProblems } = useChainRecordActions();
  const format = useFormatters();
  const columns = useDepartmentColumns();
  const figures = [
    ['total', format.number(problems.total)],
    ['resolutionRate', format.percent(problems.resolutionRate)],
    ['unresolved', format.number(problems.total - problems.resolved)],
    ['overdue', format.number(problems.overdue)],
  ] as const;

  return (
    <section className="panel" aria-labelledby="chain-problems-title">
      <div className="chain-section__head">
        <h2 id="chain-problems-title">{t('chains.problems.title')}</h2>
        {AddProblem && <AddProblem chainId={chainId} />}
      </div>
      <dl className="chain-figures">
        {figures.map(([key, value]) => (
          <div key={key} className="chain-figures__item">
            <dt>{t(`chains.problems.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {EscalatedProblems && <EscalatedProblems chainId={chainId} />}
      <p>
        <Link to="/problems" search={{ chain: chainId }}>
          {t('chains.problems.viewAll')}
        </Link>
      </p>
      {problems.byDepartment.length > 0 && (
        <DataTable
          caption={t('chains.problems.byDepartment')}
          columns={columns}
          rows={problems.byDepartment}
          getRowId={(row) => String(row.department?.id ?? 'unassigned')}
        />
      )}
    </section>
  );
}

function useDepartmentColumns(): DataTableColumn<DepartmentRow>[] {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  return useMemo(() => {
    const count = (value: number) => <span className="numeric">{format.number(value)}</span>;
    return [
      {
        id: 'department',
        header: t('chains.problems.department'),
        cell: ({ row }) =>
          row.original.department
            ? format.name(row.original.department)
            : t('chains.problems.unassigned'),
      },
      {
        id: 'total',
        header: t('chains.problems.total'),
        cell: ({ row }) => count(row.original.total),
      },
      {
        id: 'unresolved',
        header: t('chains.problems.unresolved'),
        cell: ({ row }) => count(row.original.unresolved),
      },
      {
        id: 'overdue',
        header: t('chains.problems.overdue'),
        cell: ({ row }) => count(row.original.overdue),
      },
    ];
  }, [t, format]);
}

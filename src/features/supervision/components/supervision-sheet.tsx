import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupervisionSheet as Sheet } from '@server/contract/supervision';
import { QueryResult } from '@/components/feedback/query-result';
import { SupervisionLabel } from '@/components/status/supervision-label';
import { useSupervisionSheet } from '@/features/supervision/api/get-supervision-sheet';
import { useFormatters } from '@/hooks/use-formatters';
import '@/features/supervision/supervision.css';

const route = getRouteApi('/supervision/departments/$departmentId');

/** 督办单: one department's supervised problems on A4, to print, sign and hand over. */
export function SupervisionSheet() {
  const { departmentId } = route.useParams();
  return (
    <QueryResult query={useSupervisionSheet(departmentId)}>
      {(sheet) => <SheetPaper sheet={sheet} />}
    </QueryResult>
  );
}

function SheetPaper({ sheet }: { sheet: Sheet }) {
  const { t, i18n } = useTranslation('supervision');
  const format = useFormatters();
  const department = format.name(sheet.department);
  // "Save as PDF" names the file after the page's title: 督办单 · 市经济和信息化局.pdf.
  useEffect(() => {
    document.title = `${t('supervision.sheet.title')} · ${department}`;
    return () => {
      document.title = i18n.t('app.name');
    };
  }, [t, i18n, department]);

  return (
    <div className="supervision-sheet">
      <div className="supervision-sheet__toolbar" data-print="hide">
        <Link to="/supervision">{t('supervision.sheet.back')}</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('supervision.sheet.print')}
        </button>
      </div>
      <article aria-labelledby="supervision-sheet-title">
        <header className="supervision-sheet__head">
          <h1 id="supervision-sheet-title">{t('supervision.sheet.title')}</h1>
          <p>{t('supervision.sheet.department', { name: department })}</p>
          <p>{t('supervision.sheet.asOf', { date: format.date(sheet.asOf) })}</p>
          <p>{t('supervision.sheet.rule', { days: sheet.redAfterDays })}</p>
        </header>
        {sheet.problems.length === 0 ? (
          <p>{t('supervision.sheet.empty')}</p>
        ) : (
          // A plain table: on paper its header row repeats at the top of every page.
          <table className="supervision-sheet__table">
            <caption>{t('supervision.sheet.caption', { name: department })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervision.columns.title')}</th>
                <th scope="col">{t('supervision.columns.chain')}</th>
                <th scope="col">{t('supervision.columns.firm')}</th>
                <th scope="col">{t('supervision.columns.deadline')}</th>
                <th scope="col">{t('supervision.columns.daysOverdue')}</th>
                <th scope="col">{t('supervision.columns.level')}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.problems.map((problem) => (
                <tr key={problem.id}>
                  <td lang="zh-CN">
                    <Link to="/problems/$problemId" params={{ problemId: problem.id }}>
                      {problem.title}
                    </Link>
                  </td>
                  <td>{problem.chain ? format.name(problem.chain) : t('common.none')}</td>
                  <td>{problem.firm ? format.name(problem.firm) : t('common.none')}</td>
                  <td>{format.date(problem.deadline)}</td>
                  <td className="numeric">
                    {t('supervision.daysOverdue', { count: problem.daysOverdue })}
                  </td>
                  <td>
                    <SupervisionLabel level={problem.level} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <footer className="supervision-sheet__sign">
          <p>{t('supervision.sheet.signature')}</p>
          <p>{t('supervision.sheet.signedOn')}</p>
        </footer>
      </article>
    </div>
  );
}

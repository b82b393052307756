import { type FormEvent } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Changes } from '@server/contract/changes';
import { ExportButtons } from '@/components/export/export-buttons';
import { EmptyState } from '@/components/feedback/empty-state';
import { QueryResult } from '@/components/feedback/query-result';
import { ChainFilter } from '@/components/list/chain-filter';
import { useChanges } from '@/features/changes/api/get-changes';
import { ChangeSectionView } from '@/features/changes/components/change-section';
import { useFormatters } from '@/hooks/use-formatters';
import '@/features/changes/changes.css';

const route = getRouteApi('/changes');

/** 本周变化: what changed in a chain (or the city) between two days, by kind, for a meeting. */
export function ChangesPage() {
  const { t } = useTranslation('changes');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const changes = useChanges(search);

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const day = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    void navigate({ search: { ...search, from: day('from'), to: day('to') } });
  }

  return (
    <div className="page changes-page">
      {changes.data ? (
        <ChangesTitle changes={changes.data} />
      ) : (
        <h1 className="page__title">{t('changes.title')}</h1>
      )}
      <div className="changes-page__controls" data-print="hide">
        <ChainFilter
          label={t('changes.chain')}
          value={search.chain}
          onChange={(chain) => void navigate({ search: { ...search, chain } })}
        />
        {/* Keyed by the window shown, so the fields show the days the answer is for. */}
        <form
          key={`${changes.data?.from}-${changes.data?.to}`}
          className="changes-page__window"
          onSubmit={choose}
        >
          <label>
            {t('changes.from')}
            <input type="date" name="from" defaultValue={changes.data?.from} required />
          </label>
          <label>
            {t('changes.to')}
            <input type="date" name="to" defaultValue={changes.data?.to} required />
          </label>
          <button type="submit" className="button">
            {t('changes.apply')}
          </button>
        </form>
        <Link to="/changes" search={{ chain: search.chain }} className="button button--quiet">
          {t('changes.lastWeek')}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('changes.print')}
        </button>
        <ExportButtons list="changes" search={search} />
      </div>
      <QueryResult query={changes}>{(data) => <ChangesBody changes={data} />}</QueryResult>
    </div>
  );
}

function ChangesTitle({ changes }: { changes: Changes }) {
  const { t } = useTranslation('changes');
  const format = useFormatters();
  return (
    <div className="page__title-row">
      <h1 className="page__title">
        {changes.chain
          ? t('changes.titleOfChain', { chain: format.name(changes.chain) })
          : t('changes.title')}
      </h1>
      <p className="changes-page__window-shown">
        {t('changes.window', { from: format.date(changes.from), to: format.date(changes.to) })}
      </p>
      {changes.chain ? (
        <Link
          to="/chains/$chainId"
          params={{ chainId: changes.chain.id }}
          className="button button--quiet"
        >
          {t('changes.toChain')}
        </Link>
      ) : null}
    </div>
  );
}

function ChangesBody({ changes }: { changes: Changes }) {
  const { t } = useTranslation('changes');
  const total = changes.sections.reduce((sum, section) => sum + section.total, 0);
  return (
    <>
      <p className="changes-page__total">{t('changes.total', { count: total })}</p>
      {total === 0 ? <EmptyState>{t('changes.empty')}</EmptyState> : null}
      <div className="changes-page__sections">
        {changes.sections.map((section) => (
          <ChangeSectionView key={section.section} section={section} />
        ))}
      </div>
    </>
  );
}

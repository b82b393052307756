import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Changes } from '@server/contract/changes';
import type { OverviewChain } from '@server/contract/overview';
import { SlideHead } from '@/features/present/components/slide-head';
import type { PresentSources } from '@/features/present/sources';
import { useChangeLabel } from '@/hooks/use-change-label';
import { useFormatters } from '@/hooks/use-formatters';

/** Lines a slide has room for at projector type sizes; the rest are counted. */
const LINES_SHOWN = 6;

/** 本周变化 on the projector: each kind's count, then the latest changes across the kinds. */
export function ChangesSlide({
  chain,
  changes,
}: {
  chain: OverviewChain | null;
  changes: Changes;
}) {
  const { t } = useTranslation(['present', 'changes', 'translation']);
  const format = useFormatters();
  const { label } = useChangeLabel();
  const latest = changes.sections
    .flatMap((section) => section.items)
    .toSorted((a, b) => b.on.localeCompare(a.on));
  const total = changes.sections.reduce((sum, section) => sum + section.total, 0);
  const window = t('present.changes.window', {
    from: format.date(changes.from),
    to: format.date(changes.to),
  });
  return (
    <section className="slide slide--changes" aria-labelledby="slide-title">
      {chain ? (
        <SlideHead chain={chain} part={t('present.slides.changes')} />
      ) : (
        <header className="slide__head">
          <h1 id="slide-title" className="slide__title">
            {t('present.slides.cityChanges')}
          </h1>
        </header>
      )}
      <p className="slide-muted">{window}</p>
      <dl className="slide-figures">
        {changes.sections.map((section) => (
          <div key={section.section} className="slide-figures__item">
            <dt>{t(`changes.sections.${section.section}`, { ns: 'changes' })}</dt>
            <dd>{format.number(section.total)}</dd>
          </div>
        ))}
      </dl>
      {total === 0 ? (
        <p className="slide-muted">{t('present.changes.none')}</p>
      ) : (
        <>
          <h2 className="slide-subtitle">{t('present.changes.latest')}</h2>
          <ul className="slide-changes">
            {latest.slice(0, LINES_SHOWN).map((item) => (
              <li key={item.key}>
                {format.name(item)}
                {!chain && item.chain ? ` · ${format.name(item.chain)}` : ''} — {label(item)} ·{' '}
                {format.date(item.on)}
              </li>
            ))}
          </ul>
          {total > LINES_SHOWN ? (
            <p className="slide-muted">
              {t('present.changes.more', { count: total - LINES_SHOWN })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

interface ChangesSlideViewProps {
  chain: OverviewChain | null;
  sources: PresentSources;
  refreshMs: number;
}

/** The slide with its data, refreshed like the others: a change made in the meeting shows. */
export function ChangesSlideView({ chain, sources, refreshMs }: ChangesSlideViewProps) {
  const { t } = useTranslation('present');
  const changes = useQuery({
    ...sources.changes(chain?.id ?? null),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: true,
  });
  if (changes.data) return <ChangesSlide chain={chain} changes={changes.data} />;
  return (
    <section className="slide slide--message">
      <p className="slide-muted">
        {t(changes.isError ? 'present.slide.failed' : 'present.slide.loading')}
      </p>
    </section>
  );
}

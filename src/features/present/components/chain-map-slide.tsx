import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainDetail } from '@server/contract/chains';
import { useFormatters } from '@/hooks/use-formatters';
import { SlideHead } from '@/features/present/components/slide-head';

/**
 * Links a segment's column has room for, one under another; a segment with more shows them in
 * two narrower columns, and names any beyond that under them. The chain page has them all.
 */
const ROWS = 6;
const LINKS_SHOWN = 2 * ROWS;

/** Down the first column, then the second, for a segment that has more links than rows. */
function twoColumnsOf(links: number): CSSProperties | undefined {
  if (links <= ROWS) return undefined;
  const rows = Math.ceil(Math.min(links, LINKS_SHOWN) / 2);
  return { display: 'grid', gridAutoFlow: 'column', gridTemplateRows: `repeat(${rows}, auto)` };
}

/** The chain map: each segment's links, whether strong, weak or missing, and how many firms. */
export function ChainMapSlide({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  return (
    <section className="slide slide--map" aria-labelledby="slide-title">
      <SlideHead chain={chain} part={t('present.slides.map')} />
      {chain.chainMap.length === 0 ? (
        <p className="slide-muted">{t('present.map.empty')}</p>
      ) : (
        <div className="slide-map">
          {chain.chainMap.map((segment) => (
            <section key={segment.id} className="slide-map__segment">
              <h2 className="slide-subtitle">{format.name(segment)}</h2>
              <ul className="slide-map__links" style={twoColumnsOf(segment.links.length)}>
                {segment.links.slice(0, LINKS_SHOWN).map((link) => (
                  <li key={link.id} className={`slide-link slide-link--${link.strength}`}>
                    <span className="slide-link__name">{format.name(link)}</span>
                    <span className="slide-link__facts">
                      {t(`linkStrength.${link.strength}`)} ·{' '}
                      {t('units.firms', { count: link.firmCount })}
                    </span>
                  </li>
                ))}
              </ul>
              {segment.links.length > LINKS_SHOWN && (
                // The rest by name and strength on one wrapping line: nothing left out unsaid.
                <p className="slide-muted">
                  {t('present.map.more', {
                    count: segment.links.length - LINKS_SHOWN,
                    links: format.list(
                      segment.links.slice(LINKS_SHOWN).map((link) =>
                        t('present.map.linkWithStrength', {
                          link: format.name(link),
                          strength: t(`linkStrength.${link.strength}`),
                        }),
                      ),
                    ),
                  })}
                </p>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

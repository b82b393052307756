import { useRef, type ReactNode } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ChainLink, ChainSegment } from '@server/contract/chains';
import { linkStrengths } from '@server/contract/domain';
import { ChainMapSegment } from '@/features/chains/components/chain-map-segment';
import { LinkFirmsPanel } from '@/features/chains/components/link-firms-panel';
import { LinkStrengthLabel } from '@/features/chains/components/link-strength-label';
import { MixedText } from '@/components/vocabulary/data-text';

const route = getRouteApi('/chains/$chainId');
const panelId = 'chain-map-firms';

/** 产业链图谱: upstream, midstream and downstream side by side; the chosen link lives in the URL. */
export function ChainMap({
  segments,
  linkActions,
}: {
  segments: ChainSegment[];
  /** Edit controls of the chosen link, for users who may change the chain. */
  linkActions?: (link: ChainLink) => ReactNode;
}) {
  const { t } = useTranslation('chains');
  const { link: selectedId } = route.useSearch();
  const navigate = route.useNavigate();
  const columnsRef = useRef<HTMLDivElement>(null);

  // The server's order: the map's own (segments may be added and moved anywhere).
  const ordered = segments;
  const selected = ordered
    .flatMap((segment) => segment.links)
    .find((link) => link.id === selectedId);

  // Choosing a link must not jump the page to the top, as a new screen would.
  const select = (link: number | undefined) =>
    navigate({ search: (prev) => ({ ...prev, link }), resetScroll: false });

  const close = () => {
    const closed = selected?.id;
    void select(undefined).then(() => {
      // The close button is gone: give focus back to the link it was opened from.
      columnsRef.current?.querySelector<HTMLElement>(`[data-link-id="${closed}"]`)?.focus();
    });
  };

  return (
    <>
      <p className="chain-section__intro">{t('chains.map.intro')}</p>
      <ul className="chain-map__legend" aria-label={t('chains.map.legend')}>
        {linkStrengths.map((strength) => (
          <li key={strength}>
            <LinkStrengthLabel strength={strength} />
            <span className="visually-hidden">: </span>
            <span className="chain-map__legend-text">
              <MixedText>{t(`chains.map.legendText.${strength}`)}</MixedText>
            </span>
          </li>
        ))}
      </ul>
      <div className="chain-map">
        <div className="chain-map__columns" ref={columnsRef}>
          {ordered.map((segment) => (
            <ChainMapSegment
              key={segment.id}
              segment={segment}
              selectedId={selected?.id}
              panelId={panelId}
              onSelect={(link) => void select(link)}
            />
          ))}
        </div>
        <LinkFirmsPanel
          id={panelId}
          link={selected}
          onClose={close}
          actions={selected && linkActions ? linkActions(selected) : null}
        />
      </div>
    </>
  );
}

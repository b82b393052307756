import { useTranslation } from 'react-i18next';
import type { ChainSegment } from '@server/contract/chains';
import { LinkStrengthLabel } from '@/features/chains/components/link-strength-label';
import { useFormatters } from '@/hooks/use-formatters';

interface ChainMapSegmentProps {
  segment: ChainSegment;
  selectedId: number | undefined;
  panelId: string;
  onSelect: (linkId: number) => void;
}

export function ChainMapSegment({ segment, selectedId, panelId, onSelect }: ChainMapSegmentProps) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const headingId = `chain-segment-${segment.id}`;
  const links = segment.links.toSorted((a, b) => a.sortOrder - b.sortOrder);

  return (
    <section className="chain-map__segment" aria-labelledby={headingId}>
      <h3 id={headingId} className="chain-map__segment-title">
        {format.name(segment)}
      </h3>
      <ul className="chain-map__links">
        {links.map((link) => (
          <li key={link.id}>
            <button
              type="button"
              className={`chain-link chain-link--${link.strength}`}
              aria-pressed={link.id === selectedId}
              aria-controls={panelId}
              data-link-id={link.id}
              onClick={() => onSelect(link.id)}
            >
              <span className="chain-link__name">{format.name(link)}</span>{' '}
              <span className="chain-link__facts">
                <LinkStrengthLabel strength={link.strength} />{' '}
                <span className="chain-link__count">
                  {t('chains.firmCount', { count: link.firmCount })}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainLink } from '@server/contract/chains';
import { EmptyState } from '@/components/feedback/empty-state';
import { LinkStrengthLabel } from '@/features/chains/components/link-strength-label';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

interface LinkFirmsPanelProps {
  id: string;
  link: ChainLink | undefined;
  onClose: () => void;
  actions?: ReactNode;
}

/** The firms of the chosen chain-map link, or a hint while none is chosen. */
export function LinkFirmsPanel({ id, link, onClose, actions }: LinkFirmsPanelProps) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const headingId = `${id}-title`;

  return (
    <section id={id} className="chain-map__firms" aria-labelledby={headingId}>
      {link ? (
        <>
          <div className="chain-map__firms-head">
            <h3 id={headingId}>{t('chains.map.firmsTitle', { link: format.name(link) })}</h3>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('chains.map.close')}
              onClick={onClose}
            >
              <span aria-hidden="true">✕ </span>
              {t('common.close')}
            </button>
          </div>
          {actions}
          <p className="chain-map__firms-summary">
            <LinkStrengthLabel strength={link.strength} />{' '}
            {t('chains.map.firmsCount', { count: link.firmCount })}
          </p>
          {link.note && (
            <p className="chain-map__firms-note">
              <DataText>{link.note}</DataText>
            </p>
          )}
          {link.firms.length === 0 ? (
            <EmptyState>{t('chains.map.noFirms')}</EmptyState>
          ) : (
            <ul className="link-firms">
              {link.firms.map((firm) => (
                <li key={firm.id} className="link-firms__item">
                  <Link to="/firms/$firmId" params={{ firmId: firm.id }}>
                    {format.name(firm)}
                  </Link>
                  {firm.tags.length > 0 && (
                    <ul className="tags" aria-label={t('chains.map.firmTags')}>
                      {firm.tags.map((tag) => (
                        <li key={tag} className="tag">
                          {t(`firmTag.${tag}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <h3 id={headingId}>{t('chains.map.firmsHeading')}</h3>
          <p className="empty-state">{t('chains.map.pickLink')}</p>
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { FiveOneState } from '@server/contract/domain';
import { fiveOneStateIcons } from '@/components/status/five-one-state-icons';

interface FiveOneStateLabelProps {
  state: FiveOneState;
  /** The icon alone on screen, the word for screen readers: for dense grids with a legend. */
  compact?: boolean;
}

/** One of the five ones' state, the same pill on every screen: an icon and its word. */
export function FiveOneStateLabel({ state, compact = false }: FiveOneStateLabelProps) {
  const { t } = useTranslation();
  return (
    <span className={`five-one five-one--${state}`}>
      <span className="five-one__icon" aria-hidden="true">
        {fiveOneStateIcons[state]}
      </span>
      {compact ? (
        <span className="visually-hidden">{t(`fiveOnes.states.${state}`)}</span>
      ) : (
        t(`fiveOnes.states.${state}`)
      )}
    </span>
  );
}

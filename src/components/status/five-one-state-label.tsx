import { useTranslation } from 'react-i18next';
import type { FiveOneState } from '@server/contract/domain';

const icons: Record<FiveOneState, string> = {
  in_place: '✓',
  in_progress: '◐',
  missing: '✕',
};

/** One of the five ones' state, the same pill on every screen: an icon and its word. */
export function FiveOneStateLabel({ state }: { state: FiveOneState }) {
  const { t } = useTranslation();
  return (
    <span className={`five-one five-one--${state}`}>
      <span className="five-one__icon" aria-hidden="true">
        {icons[state]}
      </span>
      {t(`fiveOnes.states.${state}`)}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { FiveOneState } from '@server/contract/domain';

const icons: Record<FiveOneState, string> = {
  in_place: '✓',
  in_progress: '◐',
  missing: '✕',
};

/** The same pill as the overview's matrix, so a state reads the same on both screens. */
export function FiveOneLabel({ state }: { state: FiveOneState }) {
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

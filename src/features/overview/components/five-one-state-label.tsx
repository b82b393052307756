import { useTranslation } from 'react-i18next';
import type { FiveOneState } from '@server/contract/common';

const icons: Record<FiveOneState, string> = {
  in_place: '✓',
  in_progress: '◐',
  missing: '✕',
};

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

import { useTranslation } from 'react-i18next';
import type { SupervisionLevel } from '@server/contract/supervision';

// A shape per level as well as a colour and a word, so neither colour nor text alone tells it.
const icons = { amber: '⏰', red: '⚑' } as const;

/** 督办: a problem's amber or red card; nothing for a problem not on the clock. */
export function SupervisionLabel({ level }: { level: SupervisionLevel }) {
  const { t } = useTranslation();
  if (level === 'none') return null;
  return (
    <span className={`rag rag--${level}`}>
      <span aria-hidden="true">{icons[level]}</span>
      {t(`supervisionLevel.${level}`)}
    </span>
  );
}

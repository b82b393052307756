import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';

const DAY_MS = 86_400_000;

/** Whole days from the deadline to the city's today. */
function daysPast(deadline: string): number {
  return Math.round((Date.parse(cityDay(new Date())) - Date.parse(deadline)) / DAY_MS);
}

/** An overdue problem, in words ("逾期 12 天") and not by colour alone. */
export function OverdueLabel({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const days = deadline ? daysPast(deadline) : 0;
  return (
    <span className="rag rag--red">
      <span className="rag__dot" aria-hidden="true" />
      {days > 0 ? t('problems.overdueDays', { count: days }) : t('problems.overdue')}
    </span>
  );
}

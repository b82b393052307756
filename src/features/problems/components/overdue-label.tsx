import { useTranslation } from 'react-i18next';

/** An overdue problem, in words ("逾期 12 天") and not by colour alone. */
export function OverdueLabel({ days }: { days: number | null }) {
  const { t } = useTranslation('problems');
  return (
    <span className="rag rag--red">
      <span className="rag__dot" aria-hidden="true" />
      {days ? t('problems.overdueDays', { count: days }) : t('problems.overdue')}
    </span>
  );
}

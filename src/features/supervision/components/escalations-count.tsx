import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSupervision } from '@/features/supervision/api/get-supervision';
import { useFormatters } from '@/hooks/use-formatters';

/**
 * The overview's 链长督办 line: the red problems escalated to the chain leaders, city-wide, to
 * the list of them. It stays silent while loading or on an error, which the overview's own
 * figures already report.
 */
export function EscalationsCount() {
  const { t } = useTranslation('supervision');
  const format = useFormatters();
  const { data } = useSupervision();
  if (!data) return null;
  return (
    <section className="panel" aria-labelledby="escalations-title">
      <h2 id="escalations-title">{t('supervision.overview.title')}</h2>
      <p>
        <Link to="/problems" search={{ supervision: 'red' }}>
          {t('supervision.overview.total', {
            count: data.total.red,
            formatted: format.number(data.total.red),
          })}
        </Link>{' '}
        <Link to="/supervision">{t('supervision.overview.byDepartment')}</Link>
      </p>
    </section>
  );
}

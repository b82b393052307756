import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** A detail page whose record does not exist (an unknown or removed id). */
export function RecordNotFound() {
  const { t } = useTranslation();
  return (
    <section className="not-found" aria-labelledby="record-not-found-title">
      <h1 id="record-not-found-title">{t('notFound.recordTitle')}</h1>
      <p>{t('notFound.recordText')}</p>
      <Link to="/" className="button">
        {t('notFound.back')}
      </Link>
    </section>
  );
}

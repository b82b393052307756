import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { homeOf, useSession } from '@/lib/auth';

/** What a security or audit administrator sees on a screen of the chains' data. */
export function NotForRole() {
  const { t } = useTranslation();
  const user = useSession();
  return (
    <section className="not-found" aria-labelledby="not-for-role-title">
      <h1 id="not-for-role-title">{t('session.notForRole.title')}</h1>
      <p>{t('session.notForRole.text', { role: t(`session.roles.${user.role}`) })}</p>
      <Link to={homeOf(user)} className="button">
        {t('session.notForRole.home')}
      </Link>
    </section>
  );
}

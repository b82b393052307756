import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layouts/language-switch';
import { ThemeSwitch } from '@/components/layouts/theme-switch';
import { useCanManageSecurityPolicy, useIsAdmin } from '@/lib/auth';
import '@/components/layouts/app-layout.css';

const sections = [
  { to: '/', label: 'nav.overview' },
  { to: '/parks', label: 'nav.parks' },
  { to: '/firms', label: 'nav.firms' },
  { to: '/clusters', label: 'nav.clusters' },
  { to: '/projects', label: 'nav.projects' },
  { to: '/problems', label: 'nav.problems' },
  { to: '/present', label: 'nav.present' },
] as const;

interface AppLayoutProps {
  children: ReactNode;
  /** Who is signed in and the way out; absent on the sign-in page, as are the sections. */
  userMenu?: ReactNode;
}

export function AppLayout({ children, userMenu }: AppLayoutProps) {
  const signedIn = userMenu !== undefined;
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__name">
          {t('app.name')}
        </Link>
        {signedIn && <MainNav />}
        {/* One unit: when the header wraps, language and user stay together on the right. */}
        <div className="app-header__tools">
          <LanguageSwitch />
          <ThemeSwitch />
          {userMenu}
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const canManageSecurityPolicy = useCanManageSecurityPolicy();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section.to}>
            <Link
              to={section.to}
              className="app-nav__link"
              activeOptions={{ exact: section.to === '/', includeSearch: false }}
            >
              {t(section.label)}
            </Link>
          </li>
        ))}
        {isAdmin && (
          <li>
            <Link to="/admin/users" className="app-nav__link">
              {t('session.users')}
            </Link>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link to="/admin/audit" className="app-nav__link">
              {t('session.audit')}
            </Link>
          </li>
        )}
        {canManageSecurityPolicy && (
          <li>
            <Link to="/security/policy" className="app-nav__link">
              {t('session.securityPolicy')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layouts/language-switch';

const sections = [
  { to: '/', label: 'nav.overview' },
  { to: '/parks', label: 'nav.parks' },
  { to: '/firms', label: 'nav.firms' },
  { to: '/clusters', label: 'nav.clusters' },
  { to: '/projects', label: 'nav.projects' },
  { to: '/problems', label: 'nav.problems' },
] as const;

export function AppLayout({ children }: { children: ReactNode }) {
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
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

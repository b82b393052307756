import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layouts/language-switch';
import { ThemeSwitch } from '@/components/layouts/theme-switch';
import type { Permission } from '@server/contract/permissions';
import { can, homeOf, useSession } from '@/lib/auth';
import '@/components/layouts/app-layout.css';

/**
 * The sections, each shown to the roles with one of its permissions (三权分立) and none of its
 * `noneOf`: a department's problems first to the department users (whose `/` leads there, so
 * they have no overview entry); the chains' data to viewers, editors and the system
 * administrator; users to the system and security administrators; the security policy to the
 * security administrator; the security audit to the audit administrator; the change trail to the
 * system and audit administrators.
 */
const sections = [
  {
    to: '/department',
    label: 'nav.departmentProblems',
    anyOf: ['handle_department_problems'],
  },
  {
    to: '/',
    label: 'nav.overview',
    anyOf: ['read_data'],
    noneOf: ['handle_department_problems'],
  },
  { to: '/parks', label: 'nav.parks', anyOf: ['read_data'] },
  { to: '/firms', label: 'nav.firms', anyOf: ['read_data'] },
  { to: '/clusters', label: 'nav.clusters', anyOf: ['read_data'] },
  { to: '/projects', label: 'nav.projects', anyOf: ['read_data'] },
  { to: '/investment', label: 'nav.investment', anyOf: ['read_data'] },
  { to: '/problems', label: 'nav.problems', anyOf: ['read_data'] },
  { to: '/meetings', label: 'nav.meetings', anyOf: ['read_data'] },
  { to: '/supervision', label: 'nav.supervision', anyOf: ['read_data'] },
  { to: '/changes', label: 'nav.changes', anyOf: ['read_data'] },
  { to: '/present', label: 'nav.present', anyOf: ['read_data'] },
  { to: '/screen', label: 'nav.screen', anyOf: ['read_data'] },
  { to: '/admin/users', label: 'session.users', anyOf: ['manage_users', 'manage_credentials'] },
  { to: '/security/policy', label: 'session.securityPolicy', anyOf: ['manage_security_policy'] },
  { to: '/security/audit', label: 'session.securityAudit', anyOf: ['read_security_audit'] },
  { to: '/admin/audit', label: 'session.audit', anyOf: ['read_change_audit'] },
  {
    to: '/admin/indicator-periods',
    label: 'session.indicatorPeriods',
    anyOf: ['unlock_indicator_periods'],
  },
] as const satisfies readonly Section[];

interface Section {
  to: string;
  label: string;
  anyOf: readonly Permission[];
  noneOf?: readonly Permission[];
}

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
        {signedIn ? (
          <HomeLink />
        ) : (
          <Link to="/" className="app-header__name">
            {t('app.name')}
          </Link>
        )}
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

/** The app's name, leading to the signed-in user's first screen. */
function HomeLink() {
  const { t } = useTranslation();
  return (
    <Link to={homeOf(useSession())} className="app-header__name">
      {t('app.name')}
    </Link>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const user = useSession();
  const shown = sections.filter(
    (section) =>
      section.anyOf.some((permission) => can(user, permission)) &&
      !('noneOf' in section && section.noneOf.some((permission) => can(user, permission))),
  );
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {shown.map((section) => (
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
  );
}

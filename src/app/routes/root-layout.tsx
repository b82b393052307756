import { lazy, Suspense } from 'react';
import {
  Outlet,
  useRouter,
  useRouterState,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { NotForRole } from '@/app/routes/not-for-role';
import { NotForRoleError } from '@/app/routes/not-for-role-error';
import { LoadError } from '@/components/feedback/load-error';
import { AppLayout } from '@/components/layouts/app-layout';
import { UserMenu } from '@/features/auth/components/user-menu';

// Only demo builds have the banner: the production build keeps none of the demo's code.
const DemoBanner =
  import.meta.env.MODE === 'demo'
    ? lazy(() =>
        import('@/features/demo/components/demo-banner').then((module) => ({
          default: module.DemoBanner,
        })),
      )
    : null;

// Shown once after sign-in, above the page: it can come a moment after the screen, so it is not
// part of every route's first download.
const SignInNotice = lazy(() =>
  import('@/features/auth/components/sign-in-notice').then((module) => ({
    default: module.SignInNotice,
  })),
);

// The bell (its count, its polling) loads just after the page: the first download of the
// overview is at its budget, and the count can come a moment after the screen.
const NotificationBell = lazy(() =>
  import('@/features/notifications/components/notification-bell').then((module) => ({
    default: module.NotificationBell,
  })),
);

export function RootLayout() {
  // The sign-in page has the frame but nothing that needs a session: no sections, no user.
  const signedIn = useRouterState({
    select: (state) => !state.matches.some((match) => match.routeId === '/sign-in'),
  });
  // A running presentation has the whole screen: no header to tab through behind the slides.
  // So has the wall screen, always: it is a kiosk, with nothing to click.
  const presenting = useRouterState({
    select: (state) =>
      state.matches.some(
        (match) =>
          (match.routeId === '/present' && match.search.play === true) ||
          match.routeId.startsWith('/screen'),
      ),
  });
  if (presenting) return <Outlet />;
  return (
    <>
      {DemoBanner && (
        <Suspense fallback={null}>
          <DemoBanner />
        </Suspense>
      )}
      <AppLayout
        userMenu={
          signedIn ? (
            <>
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
              <UserMenu />
            </>
          ) : undefined
        }
      >
        {signedIn && (
          <Suspense fallback={null}>
            <SignInNotice />
          </Suspense>
        )}
        <Outlet />
      </AppLayout>
    </>
  );
}

/**
 * A screen this role may not open, in the signed-in frame; or the session could not be checked
 * (the server is down or unreachable): say so, offer a retry.
 */
export function RootError({ error }: ErrorComponentProps) {
  if (error instanceof NotForRoleError) {
    return (
      <AppLayout userMenu={<UserMenu />}>
        <NotForRole />
      </AppLayout>
    );
  }
  return <SessionUnchecked error={error} />;
}

function SessionUnchecked({ error }: { error: unknown }) {
  const router = useRouter();
  const retrying = useRouterState({ select: (state) => state.status === 'pending' });
  return (
    <AppLayout>
      <LoadError
        error={error instanceof Error ? error : new Error(String(error))}
        onRetry={() => void router.invalidate()}
        retrying={retrying}
      />
    </AppLayout>
  );
}

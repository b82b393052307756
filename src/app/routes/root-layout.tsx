import {
  Outlet,
  useRouter,
  useRouterState,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { LoadError } from '@/components/feedback/load-error';
import { AppLayout } from '@/components/layouts/app-layout';
import { UserMenu } from '@/features/auth/components/user-menu';

export function RootLayout() {
  // The sign-in page has the frame but nothing that needs a session: no sections, no user.
  const signedIn = useRouterState({
    select: (state) => !state.matches.some((match) => match.routeId === '/sign-in'),
  });
  // A running presentation has the whole screen: no header to tab through behind the slides.
  const presenting = useRouterState({
    select: (state) =>
      state.matches.some((match) => match.routeId === '/present' && match.search.play === true),
  });
  if (presenting) return <Outlet />;
  return (
    <AppLayout userMenu={signedIn ? <UserMenu /> : undefined}>
      <Outlet />
    </AppLayout>
  );
}

/** The session could not be checked (the server is down or unreachable): say so, offer a retry. */
export function RootError({ error }: ErrorComponentProps) {
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

import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, redirect } from '@tanstack/react-router';
import { NotFound } from '@/app/routes/not-found';
import { RootError, RootLayout } from '@/app/routes/root-layout';
import { getSessionQueryOptions } from '@/lib/auth';
import { ApiError } from '@/lib/api-client';

export interface RouterContext {
  /** Loaders start a screen's request while its code is still downloading. */
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Every screen but sign-in needs a session that is through every sign-in step: without one,
  // sign in (or finish the step the session stands at) first and come back here.
  beforeLoad: async ({ context, location }) => {
    if (location.pathname === '/sign-in') return;
    let session;
    try {
      // Known sessions answer at once; a stale one is checked again in the background.
      session = await context.queryClient.ensureQueryData({
        ...getSessionQueryOptions(),
        revalidateIfStale: true,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        const ended = error.body.error.reason;
        throw redirect({
          to: '/sign-in',
          search: { redirect: location.href, ...(ended && { ended }) },
        });
      }
      throw error;
    }
    if (session.stage !== 'signed_in') {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
  },
  component: RootLayout,
  errorComponent: RootError,
  notFoundComponent: NotFound,
});

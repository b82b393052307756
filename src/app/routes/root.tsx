import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, redirect, rootRouteId } from '@tanstack/react-router';
import { NotFound } from '@/app/routes/not-found';
import { NotForRoleError } from '@/app/routes/not-for-role-error';
import { RootError, RootLayout } from '@/app/routes/root-layout';
import { can, getSessionQueryOptions } from '@/lib/auth';
import { ApiError } from '@/lib/api-client';

export interface RouterContext {
  /** Loaders start a screen's request while its code is still downloading. */
  queryClient: QueryClient;
}

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /**
     * An administration screen, outside the chains' data: the security and audit administrators
     * may open it (it checks its own permission). Every other screen shows the chains' data.
     */
    outsideTheData?: boolean;
  }
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Every screen but sign-in needs a session that is through every sign-in step: without one,
  // sign in (or finish the step the session stands at) first and come back here.
  beforeLoad: async ({ context, location, matches }) => {
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
    // 三权分立: a role that does not read the chains' data gets a screen saying so, and the
    // page's own requests (each a 403) are never made.
    const page = matches.at(-1);
    if (
      page &&
      page.routeId !== rootRouteId &&
      !page.staticData.outsideTheData &&
      !can(session.user, 'read_data')
    ) {
      throw new NotForRoleError();
    }
  },
  component: RootLayout,
  errorComponent: RootError,
  notFoundComponent: NotFound,
});

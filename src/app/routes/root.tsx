import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext } from '@tanstack/react-router';
import { NotFound } from '@/app/routes/not-found';
import { RootLayout } from '@/app/routes/root-layout';

export interface RouterContext {
  /** Loaders start a screen's request while its code is still downloading. */
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
});

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { changesSearchSchema } from '@/features/changes/search';

/** 本周变化: the city's (or, with `?chain=`, a chain's) changes between two days. */
export const changesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/changes',
  validateSearch: changesSearchSchema,
  loaderDeps: ({ search }) => search,
  // The request code comes with the screen's, not in the first download; the request still
  // starts before the screen has loaded.
  loader: ({ context, deps }) => {
    void import('@/features/changes/api/get-changes').then((api) =>
      context.queryClient.prefetchQuery(api.getChangesQueryOptions(deps)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/changes/components/changes-page'),
    'ChangesPage',
  ),
});

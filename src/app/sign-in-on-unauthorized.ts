import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { AppRouter } from '@/app/router';
import { ApiError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const sessionKey = queryKeys.session();
const sessionHash = hashKey(sessionKey);

function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * When the session ends while the app is open (expired, signed out elsewhere, user disabled), the
 * next request that fails with 401 — a query or a mutation — takes the user to sign-in, and back
 * to where they were afterwards. Returns the unsubscribe function.
 */
export function signInOnUnauthorized(queryClient: QueryClient, router: AppRouter): () => void {
  const toSignIn = () => {
    // The address being opened, or the one on screen: where to come back to.
    const location = router.latestLocation;
    if (location.pathname === '/sign-in') return;
    // The ended session is forgotten once the screens that show it are gone: the route guard
    // then checks again on the way back instead of trusting it.
    void router
      .navigate({ to: '/sign-in', search: { redirect: location.href } })
      .then(() => queryClient.removeQueries({ queryKey: sessionKey, exact: true }));
  };

  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    if (!isUnauthorized(event.action.error)) return;
    // The first load of the session is the route guard's to answer (it redirects itself); a
    // failed refresh of a session already loaded means it has ended.
    const isFirstSessionLoad =
      event.query.queryHash === sessionHash && event.query.state.data === undefined;
    if (!isFirstSessionLoad) toSignIn();
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') {
      if (isUnauthorized(event.action.error)) toSignIn();
    }
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}

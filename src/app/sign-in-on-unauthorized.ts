import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { AppRouter } from '@/app/router';
import { ApiError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const sessionKey = queryKeys.session();
const sessionHash = hashKey(sessionKey);

/**
 * The session ended (401; `reason` says why when the server knows), or it stands at a sign-in
 * step again (403 `sign_in_step_required`: a password grown too old, a policy that now asks for
 * a second factor).
 */
function signInAgain(error: unknown): error is ApiError {
  if (!(error instanceof ApiError)) return false;
  return (
    error.status === 401 ||
    (error.status === 403 && error.body.error.code === 'sign_in_step_required')
  );
}

/**
 * When the session ends while the app is open (idle, expired, replaced by a sign-in elsewhere,
 * user disabled) or must go through a sign-in step again, the next request that fails so — a
 * query or a mutation — takes the user to sign-in, which says why or shows the step, and back to
 * where they were afterwards. Returns the unsubscribe function.
 */
export function signInOnUnauthorized(queryClient: QueryClient, router: AppRouter): () => void {
  const toSignIn = (error: ApiError) => {
    // The address being opened, or the one on screen: where to come back to.
    const location = router.latestLocation;
    if (location.pathname === '/sign-in') return;
    const ended = error.body.error.reason;
    void router
      .navigate({ to: '/sign-in', search: { redirect: location.href, ...(ended && { ended }) } })
      .then(() =>
        error.status === 401
          ? // The ended session is forgotten once the screens that show it are gone: the route
            // guard then asks the server again on the way back instead of trusting it.
            queryClient.removeQueries({ queryKey: sessionKey, exact: true })
          : // The session lives on at a step: the sign-in page shows it once this reloads.
            queryClient.invalidateQueries({ queryKey: sessionKey, exact: true }),
      );
  };

  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const { error } = event.action;
    if (!signInAgain(error)) return;
    // The first load of the session is the route guard's to answer (it redirects itself); a
    // failed refresh of a session already loaded means it has ended.
    const isFirstSessionLoad =
      event.query.queryHash === sessionHash && event.query.state.data === undefined;
    if (!isFirstSessionLoad) toSignIn(error);
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') {
      const { error } = event.action;
      if (signInAgain(error)) toSignIn(error);
    }
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}

import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Session, SessionUser } from '@server/contract/auth';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/*
 * Who is signed in and what the interface offers them. Shared by every screen: the frame shows the
 * user, screens hide the controls a user could not use. The server checks every write on its own.
 */

/** Who is signed in, the sign-in step the session stands at, and the notice of earlier sign-ins. */
export type { Session };

export function getSession({ signal }: { signal?: AbortSignal } = {}): Promise<Session> {
  return apiGet(
    '/api/auth/session',
    () => import('@server/contract/auth').then((contract) => contract.sessionSchema),
    { signal },
  );
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.session(),
    queryFn: ({ signal }) => getSession({ signal }),
  });
}

/**
 * The signed-in user. Every screen but sign-in is behind the root route's guard, which has loaded
 * the session before the screen renders, so this never waits there.
 */
export function useSession(): SessionUser {
  return useSuspenseQuery(getSessionQueryOptions()).data.user;
}

export function canEditChain(user: SessionUser, chainId: number): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'editor') return user.chainIds.includes(chainId);
  return false;
}

export function isAdmin(user: SessionUser): boolean {
  return user.role === 'admin';
}

/** The security administrator resets passwords and second factors (三权分立). */
export function useCanManageCredentials(): boolean {
  return useSession().role === 'security_admin';
}

/** Whether the signed-in user may change chain `chainId` and what belongs to it. */
export function useCanEditChain(chainId: number): boolean {
  return canEditChain(useSession(), chainId);
}

/** Whether the signed-in user manages users (and may change every chain). */
export function useIsAdmin(): boolean {
  return isAdmin(useSession());
}

/**
 * Whether the signed-in user may change records that belong to chain `chainId` (a project, a
 * firm problem); those of no chain only administrators may change.
 */
export function useCanEditRecordOf(chainId: number | null): boolean {
  const user = useSession();
  return chainId === null ? isAdmin(user) : canEditChain(user, chainId);
}

/**
 * Whether `user` may change a record of several chains (a firm, a park, a cluster): every chain
 * it is in must be theirs; one in no chain is for administrators. The server checks again.
 */
export function canEditAllChains(user: SessionUser, chainIds: readonly number[]): boolean {
  if (user.role === 'admin') return true;
  return chainIds.length > 0 && chainIds.every((id) => canEditChain(user, id));
}

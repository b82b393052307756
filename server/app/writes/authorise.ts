import type { SessionUser } from '../../contract/auth';
import { hasPermission } from '../auth/permissions';
import { forbidden } from '../errors';

/**
 * Whether `user` may change records of `chainId`: admins everything, editors only the chains of
 * their scope, viewers nothing. Records of no chain (a city-wide problem) are for admins only.
 */
export function mayWriteChain(user: SessionUser, chainId: number | null): boolean {
  if (hasPermission(user.role, 'write_all_chains')) return true;
  if (user.role !== 'editor' || chainId === null) return false;
  return user.chainIds.includes(chainId);
}

/** Checked on the server before every write; the SPA only hides what this would refuse. */
export function authoriseChainWrite(user: SessionUser, chainId: number | null): void {
  if (mayWriteChain(user, chainId)) return;
  throw forbidden(
    user.role === 'editor'
      ? 'You may change only the chains of your task force'
      : 'This role may not change the chains’ data',
  );
}

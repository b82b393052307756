import type { SessionUser } from '../../contract/auth';
import { hasPermission, type Permission } from '../../contract/permissions';
import { forbidden } from '../errors';

// The table itself is in the contract, so the web app shows each role what this allows.
export { hasPermission } from '../../contract/permissions';
export type { Permission } from '../../contract/permissions';

const refusals: Record<Permission, string> = {
  read_data: 'This role does not read the chains’ data',
  write_all_chains: 'Only the system administrator may do this',
  manage_users: 'Only the system administrator manages users',
  download_backup: 'Only the system administrator may download a backup',
  manage_security_policy: 'Only the security administrator sets the security policy',
  manage_credentials: 'Only the security administrator resets credentials and unlocks accounts',
  read_security_audit: 'Only the audit administrator reads the security audit',
  read_change_audit: 'Only the system or audit administrator reads the whole change trail',
  unlock_indicator_periods: 'Only the system administrator reopens or relocks a quarter',
  handle_department_problems: 'Only the owner department handles its problems',
};

/** Checked on the server before the route does anything; the SPA only hides what this refuses. */
export function authorise(user: SessionUser, permission: Permission): void {
  if (!hasPermission(user.role, permission)) throw forbidden(refusals[permission]);
}

import type { SessionUser, UserRole } from '../../contract/auth';
import { forbidden } from '../errors';

/*
 * What each role may do, in one table (三权分立). Routes ask for a permission, never for a role,
 * so moving a power from one administrator to another is a change here and in its test.
 */

export const permissions = [
  /** Read the chains and everything on them (the dashboards, lists, exports). */
  'read_data',
  /** Change records of any chain and of no chain (editors change their own chains' records). */
  'write_all_chains',
  /** Create users, change their names, roles below the administrators', scopes; disable them. */
  'manage_users',
  /** Download a backup of the whole database. */
  'download_backup',
  /** Set the security policy: passwords, sessions, second factor, audit retention. */
  'manage_security_policy',
  /** Reset passwords and second factors, unlock accounts and addresses, grant the admin roles. */
  'manage_credentials',
  /** Read and export the security audit. */
  'read_security_audit',
  /** Read and export the city-wide trail of data changes. */
  'read_change_audit',
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<UserRole, readonly Permission[]> = {
  viewer: ['read_data'],
  editor: ['read_data'],
  admin: ['read_data', 'write_all_chains', 'manage_users', 'download_backup', 'read_change_audit'],
  security_admin: ['manage_security_policy', 'manage_credentials'],
  audit_admin: ['read_security_audit', 'read_change_audit'],
};

export function hasPermission(role: UserRole, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

const refusals: Record<Permission, string> = {
  read_data: 'This role does not read the chains’ data',
  write_all_chains: 'Only the system administrator may do this',
  manage_users: 'Only the system administrator manages users',
  download_backup: 'Only the system administrator may download a backup',
  manage_security_policy: 'Only the security administrator sets the security policy',
  manage_credentials: 'Only the security administrator resets credentials and unlocks accounts',
  read_security_audit: 'Only the audit administrator reads the security audit',
  read_change_audit: 'Only the system or audit administrator reads the whole change trail',
};

/** Checked on the server before the route does anything; the SPA only hides what this refuses. */
export function authorise(user: SessionUser, permission: Permission): void {
  if (!hasPermission(user.role, permission)) throw forbidden(refusals[permission]);
}

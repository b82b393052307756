import { userRoles } from './domain';

/*
 * What each role may do, in one table (三权分立). Plain data, so the server authorises with it
 * and the web app shows each role its sections from the very same table. Routes ask for a
 * permission, never for a role, so moving a power from one administrator to another is a change
 * here and in its test.
 */

type Role = (typeof userRoles)[number];

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
  /** Reopen a quarter whose indicator figures are locked, and lock it again (audited). */
  'unlock_indicator_periods',
  /** Accept, respond to and hand back the problems assigned to one's own department (部门办理). */
  'handle_department_problems',
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  viewer: ['read_data'],
  editor: ['read_data'],
  admin: [
    'read_data',
    'write_all_chains',
    'manage_users',
    'download_backup',
    'read_change_audit',
    'unlock_indicator_periods',
  ],
  security_admin: ['manage_security_policy', 'manage_credentials'],
  audit_admin: ['read_security_audit', 'read_change_audit'],
  department: ['read_data', 'handle_department_problems'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/**
 * The roles whose accounts the security administrator keeps (creates, edits); the system
 * administrator keeps the others. So neither can give themselves the other's powers through a
 * second account.
 */
export const securityKeptRoles: readonly Role[] = ['security_admin', 'audit_admin'];
const systemKeptRoles: readonly Role[] = userRoles.filter(
  (role) => !securityKeptRoles.includes(role),
);

/** The roles whose accounts a user of `role` may create and edit (none for most). */
export function accountRolesKeptBy(role: Role): readonly Role[] {
  if (hasPermission(role, 'manage_credentials')) return securityKeptRoles;
  return hasPermission(role, 'manage_users') ? systemKeptRoles : [];
}

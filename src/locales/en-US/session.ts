import type { Translation } from '@/locales/zh-CN';

export const session: Pick<Translation, 'session'> = {
  session: {
    label: 'Signed in',
    role: 'Role: {{role}}',
    changePassword: 'Change password',
    passwordChanged: 'Password changed.',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutFailed: 'Signing out failed. Please retry.',
    users: 'Users',
    audit: 'Audit trail',
    securityPolicy: 'Security policy',
    roles: {
      viewer: 'Viewer',
      editor: 'Editor',
      admin: 'System administrator',
      security_admin: 'Security administrator',
      audit_admin: 'Audit administrator',
    },
  },
};

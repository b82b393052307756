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
    securityAudit: 'Security audit',
    securityPolicy: 'Security policy',
    notForRole: {
      title: 'This page is not for your role',
      text: 'This role ({{role}}) does not see the chains’ data: this page is for viewers, editors and the system administrator.',
      home: 'Go to my work page',
    },
    roles: {
      viewer: 'Viewer',
      editor: 'Editor',
      admin: 'System administrator',
      security_admin: 'Security administrator',
      audit_admin: 'Audit administrator',
    },
  },
};

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
    indicatorPeriods: 'Indicator quarters',
    notForRole: {
      title: 'This page is not for your role',
      text: 'This role ({{role}}) does not see the chains’ data: this page is for viewers, editors and the system administrator.',
      home: 'Go to my work page',
    },
    account: 'Account security',
    notice: {
      label: 'Sign-in notice',
      previous: 'Last sign-in: {{time}}, from {{address}}.',
      first: 'This is the first sign-in of this account.',
      noFailures: 'No failed sign-in attempts since.',
      failures_one:
        '{{count, number}} failed sign-in attempt since, at {{time}}, from {{address}}.',
      failures_other:
        '{{count, number}} failed sign-in attempts since, the last at {{time}}, from {{address}}.',
      unknownAddress: 'an unknown address',
      check: 'If that was not you, change your password now and tell the security administrator.',
      dismiss: 'Got it',
    },
    roles: {
      viewer: 'Viewer',
      editor: 'Editor',
      admin: 'System administrator',
      security_admin: 'Security administrator',
      audit_admin: 'Audit administrator',
      department: 'Department user',
    },
  },
};

import type { ScreenTranslations } from '@/locales/zh-CN';

export const securityPolicy: ScreenTranslations['security-policy']['securityPolicy'] = {
  title: 'Security policy',
  summary:
    'Password rules, second factor, session limits and how long the security audit is kept, for every user. In force once saved: password rules apply at the next password set, session rules at the next request.',
  noPermission: {
    title: 'No permission',
    text: 'Only the security administrator sees and sets the security policy.',
  },
  groups: {
    password: 'Passwords',
    secondFactor: 'Second factor',
    session: 'Sessions',
    audit: 'Audit',
  },
  fields: {
    passwordMinLength: {
      label: 'Minimum length (characters)',
      hint: 'The fewest characters a new password may have, {{min, number}} to {{max, number}}.',
    },
    passwordMinClasses: {
      label: 'Kinds of characters',
      hint: 'How many of upper-case letters, lower-case letters, digits and other symbols a new password must use, {{min, number}} to {{max, number}}.',
    },
    passwordHistory: {
      label: 'Recent passwords not to reuse',
      hint: 'A new password may not be any of this many previous ones, {{min, number}} to {{max, number}}; 0 checks none.',
    },
    passwordMaxAgeDays: {
      label: 'Password lifetime (days)',
      hint: 'After this many days the password must be changed, {{min, number}} to {{max, number}}; 0 means never.',
    },
    secondFactorRoles: {
      label: 'Roles that need a second factor',
      hint: 'Users of the roles ticked give, besides their password, a code from an authenticator app (such as Microsoft Authenticator).',
    },
    sessionIdleMinutes: {
      label: 'Idle timeout (minutes)',
      hint: 'Signed out after this long without a request, {{min, number}} to {{max, number}}.',
    },
    sessionLifetimeHours: {
      label: 'Longest session (hours)',
      hint: 'Signed out this long after signing in, busy or not, {{min, number}} to {{max, number}}.',
    },
    singleSession: {
      label: 'One session per account',
      hint: 'Signing in elsewhere ends the account’s earlier session.',
    },
    requestsPerMinute: {
      label: 'Requests per minute per session',
      hint: 'Beyond this the server turns the session’s requests away for a while, against abuse, {{min, number}} to {{max, number}}.',
    },
    auditRetentionDays: {
      label: 'Keep the security audit (days)',
      hint: 'Security audit records are kept at least this long, {{min, number}} to {{max, number}} (the Cybersecurity Law asks for six months or more).',
    },
  },
  versionBy: 'Version {{version}}, saved {{when}} by {{name}}',
  unchanged: 'Version {{version}}, not yet changed by a security administrator.',
  save: 'Save security policy',
  saving: 'Saving…',
  saved: 'Security policy saved (version {{version}}).',
  conflict: {
    title: '{{name}} changed the security policy meanwhile; your changes were not saved.',
    someone: 'Someone else',
    text: 'The form now shows the settings in force. What you had entered is below: check it, enter it again and save.',
    yours: '{{label}}: you entered {{mine}}, now {{theirs}}',
  },
  yes: 'yes',
  no: 'no',
  none: 'none',
};

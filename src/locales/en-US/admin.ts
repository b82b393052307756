import type { ScreenTranslations } from '@/locales/zh-CN';

export const admin: ScreenTranslations['admin']['admin'] = {
  users: {
    title: 'Users',
    summary:
      'Open accounts for task force members and system administrators, set their role and the chains they may edit, or disable accounts; the security administrator resets passwords.',
    securitySummary:
      'Open accounts for security and audit administrators, reset anyone’s password and clear sign-in throttles. The system administrator keeps the accounts of viewers, editors and system administrators.',
    noPermission: {
      title: 'No permission',
      text: 'Only the system and security administrators manage users. Ask one of them to open or change an account.',
    },
    tableCaption: 'Users',
    count_one: '{{count, number}} user',
    count_other: '{{count, number}} users',
    columns: {
      username: 'Username',
      displayName: 'Display name',
      role: 'Role',
      chains: 'Chains they may edit',
      disabled: 'Status',
      updated: 'Last changed',
      actions: 'Actions',
    },
    allChains: 'All chains',
    noChains: 'None',
    active: 'Active',
    disabled: 'Disabled',
    updatedBy: '{{date}} ({{name}})',
    create: 'New user',
    backup: {
      download: 'Download full backup',
      title: 'Download full backup',
      note: 'The backup holds all data, users and their password hashes included. With a passphrase the file is encrypted (AES-256) and only that passphrase restores it: keep the two apart, and both safe.',
      passphrase: 'Passphrase (optional)',
      passphraseHint:
        'At least 12 characters; a few words make a good one. Leave it empty for an unencrypted backup.',
      repeatPassphrase: 'Passphrase again',
      submit: 'Download',
      busy: 'Preparing the backup…',
    },
    edit: 'Edit',
    editUser: 'Edit {{name}}',
    resetPassword: 'Reset password',
    resetPasswordOf: 'Reset password: {{name}}',
    form: {
      createTitle: 'New user',
      editTitle: 'Edit user: {{name}}',
      passwordTitle: 'Reset password: {{name}}',
      username: 'Username',
      usernameHint:
        'Used to sign in: lower-case letters, digits and . _ - only. It cannot be changed later.',
      displayName: 'Display name',
      role: 'Role',
      roleHints: {
        viewer: 'Sees everything, changes nothing.',
        editor: 'Changes the chains ticked below.',
        admin:
          'Changes everything; keeps the accounts of viewers, editors and system administrators.',
        security_admin:
          'Sets the password, session and second-factor policy; resets passwords and second factors; unlocks. Does not see the chains’ data.',
        audit_admin: 'Reads and exports the security audit and the change trail; nothing else.',
      },
      chains: 'Chains they may edit',
      chainsOnlyForEditors: 'Only editors need chains.',
      disabled: 'Disable this account (no more sign-in)',
      password: 'First password',
      newPassword: 'New password',
      passwordHint: 'At least 10 characters. Tell the user by a safe channel.',
      passwordResetNote: 'Resetting ends every session the user has open.',
      save: 'Save',
      createSubmit: 'Create user',
      passwordSubmit: 'Reset password',
    },
    created: 'User {{name}} created.',
    saved: 'Changes to {{name}} saved.',
    passwordReset: 'Password of {{name}} reset.',
    conflict:
      'Someone else changed this user while you were editing. The form now shows their version: check it, make your changes again and save.',
    loadingChains: 'Loading chains…',
  },
  throttles: {
    title: 'Sign-in throttles',
    summary:
      'After repeated wrong passwords for one account from one address, the next attempt from there waits, twice as long after each further one; an address with too many wrong passwords waits for every account. Once you know it was a typo, clear it here.',
    tableCaption: 'Throttled sign-ins',
    empty: 'No sign-ins are throttled right now.',
    columns: {
      username: 'Username',
      address: 'Address',
      failures: 'Wrong passwords',
      waitsUntil: 'Waits until',
      actions: 'Actions',
    },
    mayTryNow: 'May try now (the next wrong password waits longer)',
    everyAccount: 'Every account from this address',
    clear: 'Clear',
    clearOf: 'Clear: {{who}}',
    pair: '{{username}} ({{address}})',
    address: 'address {{address}}',
    cleared: 'Cleared the sign-in throttle of {{who}}.',
  },
};

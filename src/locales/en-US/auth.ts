import type { ScreenTranslations } from '@/locales/zh-CN';

export const auth: ScreenTranslations['auth']['auth'] = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the account you were given.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    wrongCredentials: 'Wrong username or password.',
    locked_one: 'Too many failed attempts. Try again in {{count, number}} minute.',
    locked_other: 'Too many failed attempts. Try again in {{count, number}} minutes.',
    lockedLater: 'Too many failed attempts. Try again later.',
  },
  validation: {
    required: 'Required.',
    minLength_one: 'At least {{count, number}} character.',
    minLength_other: 'At least {{count, number}} characters.',
    maxLength_one: 'At most {{count, number}} character.',
    maxLength_other: 'At most {{count, number}} characters.',
    tooLong: 'Too long.',
    usernameCharacters: 'Use only lower-case letters, digits, and . _ -',
    taken: 'Already taken; choose another.',
    editorChains: 'An editor needs at least one chain.',
    lockOut: 'You cannot disable your own account or give up your own administrator role.',
    invalid: 'This value is not valid.',
  },
  errors: {
    network: 'The server cannot be reached. Check the network and retry.',
    timeout: 'The server took too long to answer. Please retry in a moment.',
    server: 'The server failed ({{status}}). Please retry in a moment.',
    forbidden: 'You are not allowed to do this.',
    conflict: 'Someone else changed this record. Open it again, then save.',
    rejected: 'The server did not accept this: {{message}}',
    unexpected: 'The server sent an answer this page does not understand. Please retry later.',
  },
};

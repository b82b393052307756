import type { TFunction } from 'i18next';

/*
 * The contract's field messages are English sentences written for API clients ("must be at least
 * 10 characters"); both the zod resolver and a server 400 report them. The ones the contract uses
 * are shown in the reader's language; any other is shown as the server wrote it.
 */

type AuthT = TFunction<'auth'>;

const patterns: { match: RegExp; say: (t: AuthT, found: RegExpMatchArray) => string }[] = [
  { match: /^is required$/i, say: (t) => t('auth.validation.required') },
  {
    match: /^must be at least (\d+) characters?$/i,
    say: (t, found) => t('auth.validation.minLength', { count: Number(found[1]) }),
  },
  {
    match: /^must be at most (\d+) characters?$/i,
    say: (t, found) => t('auth.validation.maxLength', { count: Number(found[1]) }),
  },
  { match: /^is too long$/i, say: (t) => t('auth.validation.tooLong') },
  // Amounts and counts (the forms' number fields), and a select left without a choice.
  {
    match: /^must be at least (\d+)$/i,
    say: (t, found) => t('auth.validation.atLeast', { min: Number(found[1]) }),
  },
  {
    match: /^must be at most (\d+)$/i,
    say: (t, found) => t('auth.validation.atMost', { max: Number(found[1]) }),
  },
  { match: /^must not be negative$/i, say: (t) => t('auth.validation.notNegative') },
  { match: /^must be a whole number from 0 to 100$/i, say: (t) => t('auth.validation.percent') },
  { match: /^must be a (positive )?whole number$/i, say: (t) => t('auth.validation.wholeNumber') },
  { match: /^must be a record id$/i, say: (t) => t('auth.validation.choose') },
  { match: /^must be one of /i, say: (t) => t('auth.validation.choose') },
  { match: /^must not list a \w+ twice$/i, say: (t) => t('auth.validation.listedTwice') },
  { match: /^may use only letters, digits/i, say: (t) => t('auth.validation.usernameCharacters') },
  { match: /^is taken$/i, say: (t) => t('auth.validation.taken') },
  { match: /^must be an e-mail address/i, say: (t) => t('auth.validation.email') },
  { match: /^an editor needs at least one chain$/i, say: (t) => t('auth.validation.editorChains') },
  { match: /^you cannot lock yourself out$/i, say: (t) => t('auth.validation.lockOut') },
  { match: /^is not the current password$/i, say: (t) => t('auth.validation.notCurrentPassword') },
  {
    match: /^must differ from the current password$/i,
    say: (t) => t('auth.validation.sameAsCurrent'),
  },
  { match: /^does not match the new password$/i, say: (t) => t('auth.validation.repeatMismatch') },
  {
    match: /^does not match the passphrase$/i,
    say: (t) => t('auth.validation.passphraseMismatch'),
  },
  // The security policy's password rules, and second-factor codes.
  {
    match: /^must mix at least (\d+) of:/i,
    say: (t, found) => t('auth.validation.classes', { count: Number(found[1]) }),
  },
  {
    match: /^must not be one of your last (\d+) passwords$/i,
    say: (t, found) => t('auth.validation.reused', { count: Number(found[1]) }),
  },
  { match: /^is wrong or already used$/i, say: (t) => t('auth.validation.wrongCode') },
  {
    match: /^has expired or belongs to another session$/i,
    say: (t) => t('auth.validation.enrolmentExpired'),
  },
  { match: /^is required once (assigned|started)$/i, say: (t) => t('auth.validation.requiredNow') },
  {
    match: /^is required once (resolved|in production)$/i,
    say: (t) => t('auth.validation.requiredNow'),
  },
  { match: /^must be empty until resolved$/i, say: (t) => t('auth.validation.emptyUntilResolved') },
  { match: /^must not be before/i, say: (t) => t('auth.validation.dateOrder') },
  // A problem's meeting: said before the general "names a …" below, which would say it is gone.
  {
    match: /^names a meeting held after/i,
    say: (t) => t('auth.validation.meetingAfterRaised'),
  },
  {
    match: /^names a meeting of another chain$/i,
    say: (t) => t('auth.validation.meetingOfAnotherChain'),
  },
  { match: /^names a withdrawn meeting$/i, say: (t) => t('auth.validation.meetingWithdrawn') },
  { match: /^names (no|a) /i, say: (t) => t('auth.validation.unknownRecord') },
  {
    match: /^must be a number$|^Invalid input: expected number/i,
    say: (t) => t('auth.validation.number'),
  },
  { match: /^Invalid ISO date$|^Invalid date$/i, say: (t) => t('auth.validation.date') },
  {
    match: /^must be a valid unified social credit code\b/i,
    say: (t) => t('auth.validation.creditCode'),
  },
  {
    match: /^must be a year from (\d+) to (\d+)$/i,
    say: (t, found) => t('auth.validation.year', { from: found[1], to: found[2] }),
  },
  {
    match: /^must be a quarter like/i,
    say: (t) => t('auth.validation.quarter'),
  },
  {
    match: /^must lie between the warning and the excellent/i,
    say: (t) => t('auth.validation.thresholds'),
  },
];

export interface FieldMessage {
  text: string;
  /** Set when the text is the server's own English, so it is read out as English. */
  lang?: 'en';
}

export function translateFieldMessage(
  message: string | undefined,
  t: AuthT,
  language: string,
): FieldMessage {
  if (!message) return { text: t('auth.validation.invalid') };
  for (const pattern of patterns) {
    const found = message.match(pattern.match);
    if (found) return { text: pattern.say(t, found) };
  }
  return language.startsWith('en') ? { text: message } : { text: message, lang: 'en' };
}

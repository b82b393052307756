import type { TFunction } from 'i18next';

/** "Try again in 42 seconds", or in minutes and seconds once a wait is a minute or longer. */
export function retryInText(seconds: number, t: TFunction<'auth'>): string {
  if (seconds < 60) return t('auth.signIn.retryIn', { count: seconds });
  return t('auth.signIn.retryInMinutes', {
    minutes: Math.floor(seconds / 60),
    seconds: seconds % 60,
  });
}

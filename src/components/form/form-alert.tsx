import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { retryInText } from '@/components/form/retry-in-text';
import { ApiError, NetworkError, TimeoutError } from '@/lib/api-client';
import '@/components/form/forms.css';

interface FormAlertProps {
  error: Error;
  /** On the sign-in form, 401 means a wrong username or password. */
  signIn?: boolean;
}

/** Why a form could not be sent, at the top of the form, announced when it appears. */
export function FormAlert({ error, signIn = false }: FormAlertProps) {
  const { t } = useTranslation('auth');
  return (
    <p className="form-alert" role="alert">
      {describe(error, signIn, t)}
    </p>
  );
}

function describe(error: Error, signIn: boolean, t: TFunction<'auth'>): string {
  if (error instanceof NetworkError) return t('auth.errors.network');
  if (error instanceof TimeoutError) return t('auth.errors.timeout');
  // An answer that does not fit the contract.
  if (!(error instanceof ApiError)) return t('auth.errors.unexpected');
  if (signIn && error.status === 401) return t('auth.signIn.wrongCredentials');
  // Only wrong passwords are limited: at sign-in, and when changing one's own password.
  if (error.status === 429) {
    return error.retryAfterSeconds === null
      ? t('auth.signIn.lockedLater')
      : `${t('auth.signIn.throttled')} ${retryInText(error.retryAfterSeconds, t)}`;
  }
  if (error.status === 403) return t('auth.errors.forbidden');
  if (error.body.error.code === 'period_locked') return t('auth.errors.periodLocked');
  if (error.status === 409) return t('auth.errors.conflict');
  // The same create's key with other content: the first save landed, its answer was lost.
  if (error.body.error.code === 'idempotency_key_reused') return t('auth.errors.alreadySaved');
  if (error.status === 400) return t('auth.errors.rejected', { message: error.message });
  return t('auth.errors.server', { status: error.status });
}

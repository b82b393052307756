import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginBodySchema, type LoginBody, type Session } from '@server/contract/auth';
import { FormAlert } from '@/components/form/form-alert';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { useSignIn } from '@/features/auth/api/sign-in';
import { ThrottledAlert } from '@/features/auth/components/sign-in/throttled-alert';
import { isTimedWait } from '@/features/auth/timed-wait';
import { useRetryCountdown } from '@/features/auth/use-retry-countdown';
import { ApiError } from '@/lib/api-client';

interface PasswordStepProps {
  /** The password was right: the session, and the password (a new one may have to follow). */
  onSignedIn: (session: Session, password: string) => Promise<void>;
}

/** Username and password: the first step, and for most sessions the only one. */
export function PasswordStep({ onSignedIn }: PasswordStepProps) {
  const { t } = useTranslation('auth');
  const signIn = useSignIn();
  const form = useForm<LoginBody>({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { username: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const retryCountdown = useRetryCountdown();
  const waiting = retryCountdown.secondsLeft > 0;
  // A 429 that says how long to wait shows the countdown instead; once over, nothing is wrong.
  const timedWait = isTimedWait(signIn.error);

  const onSubmit = form.handleSubmit(async (body) => {
    signIn.reset();
    try {
      await onSignedIn(await signIn.mutateAsync(body), body.password);
    } catch (error) {
      if (isTimedWait(error)) retryCountdown.start(error.retryAfterSeconds);
      else if (applyServerFieldErrors(error, ['username', 'password'], form.setError))
        signIn.reset();
      else
        form.setFocus(error instanceof ApiError && error.status === 401 ? 'password' : 'username');
    }
  });

  return (
    <form className="sign-in__form" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
      {signIn.isError && !timedWait && <FormAlert error={signIn.error} signIn />}
      {waiting && <ThrottledAlert secondsLeft={retryCountdown.secondsLeft} />}
      <TextField
        label={t('auth.signIn.username')}
        error={errors.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        {...form.register('username')}
      />
      <TextField
        label={t('auth.signIn.password')}
        error={errors.password}
        type="password"
        autoComplete="current-password"
        {...form.register('password')}
      />
      <button type="submit" className="button sign-in__submit" disabled={isSubmitting || waiting}>
        {isSubmitting ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </button>
    </form>
  );
}

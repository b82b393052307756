import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginBodySchema, type LoginBody } from '@server/contract/auth';
import { useSignIn } from '@/features/auth/api/sign-in';
import { FormAlert } from '@/components/form/form-alert';
import { retryInText } from '@/components/form/retry-in-text';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { afterSignInDefault, landingFor, readRedirect } from '@/features/auth/redirect';
import { useRetryCountdown } from '@/features/auth/use-retry-countdown';
import { ApiError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import '@/features/auth/auth.css';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const { t } = useTranslation('auth');
  return (
    <div className="sign-in">
      <h1 id="sign-in-title" className="page__title">
        {t('auth.signIn.title')}
      </h1>
      <p className="page__summary">{t('auth.signIn.intro')}</p>
      <SignInForm />
    </div>
  );
}

function SignInForm() {
  const { t } = useTranslation('auth');
  // Read again here: the router hands a route its ancestors' search too, and the root route
  // passes the address's parameters through unchecked.
  const redirect = readRedirect(route.useSearch().redirect);
  const router = useRouter();
  const queryClient = useQueryClient();
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
      const session = await signIn.mutateAsync(body);
      // Nothing cached under another user (or none) may show to this one.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session(), session);
      // The bare address (`/`) asks for no page in particular: the user's own landing.
      const asked = redirect && redirect !== afterSignInDefault ? redirect : undefined;
      await router.navigate({ href: asked ?? landingFor(session.user), replace: true });
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
      {waiting && (
        <p className="form-alert">
          {/* Announced once; the countdown beside it changes every second, so it is a quiet timer. */}
          <span role="alert">{t('auth.signIn.throttled')}</span>{' '}
          <span role="timer">{retryInText(retryCountdown.secondsLeft, t)}</span>
        </p>
      )}
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

/** Too many wrong passwords, and the server said for how long (`Retry-After`). */
function isTimedWait(error: unknown): error is ApiError & { retryAfterSeconds: number } {
  return error instanceof ApiError && error.status === 429 && error.retryAfterSeconds !== null;
}

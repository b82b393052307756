import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { secondFactorBodySchema, type SecondFactorBody, type Session } from '@server/contract/auth';
import { FormAlert } from '@/components/form/form-alert';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import { useVerifySecondFactor } from '@/features/auth/api/verify-second-factor';
import { CodeField } from '@/features/auth/components/code-field';
import { ThrottledAlert } from '@/features/auth/components/sign-in/throttled-alert';
import { isTimedWait } from '@/features/auth/timed-wait';
import { useRetryCountdown } from '@/features/auth/use-retry-countdown';

/** The step `second_factor`: a code of the app, or (without the phone) a recovery code. */
export function SecondFactorStep({ onVerified }: { onVerified: (session: Session) => void }) {
  const { t } = useTranslation('auth');
  const verify = useVerifySecondFactor();
  const [recovery, setRecovery] = useState(false);
  const form = useForm<SecondFactorBody>({
    resolver: zodResolver(secondFactorBodySchema),
    defaultValues: { code: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const retryCountdown = useRetryCountdown();
  const waiting = retryCountdown.secondsLeft > 0;

  const onSubmit = form.handleSubmit(async (body) => {
    verify.reset();
    try {
      onVerified(await verify.mutateAsync(body));
    } catch (error) {
      if (isTimedWait(error)) retryCountdown.start(error.retryAfterSeconds);
      else if (applyServerFieldErrors(error, ['code'], form.setError)) verify.reset();
    }
  });

  const switchKind = () => {
    verify.reset();
    form.reset({ code: '' });
    setRecovery(!recovery);
  };

  return (
    <form className="sign-in__form" onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
      <p>
        {recovery ? t('auth.secondFactorStep.recoveryIntro') : t('auth.secondFactorStep.intro')}
      </p>
      {verify.isError && !isTimedWait(verify.error) && <FormAlert error={verify.error} />}
      {waiting && <ThrottledAlert secondsLeft={retryCountdown.secondsLeft} />}
      {recovery ? (
        <TextField
          key="recovery"
          label={t('auth.secondFactorStep.recoveryCode')}
          error={errors.code}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...form.register('code')}
        />
      ) : (
        <CodeField
          key="app"
          label={t('auth.secondFactorStep.code')}
          error={errors.code}
          {...form.register('code')}
        />
      )}
      <button type="submit" className="button sign-in__submit" disabled={isSubmitting || waiting}>
        {isSubmitting ? t('auth.secondFactorStep.submitting') : t('auth.secondFactorStep.submit')}
      </button>
      <button type="button" className="button button--quiet sign-in__other" onClick={switchKind}>
        {recovery ? t('auth.secondFactorStep.useApp') : t('auth.secondFactorStep.useRecovery')}
      </button>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { secondFactorBodySchema, type SecondFactorBody } from '@server/contract/auth';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { LoadingState } from '@/components/feedback/loading-state';
import { FormAlert } from '@/components/form/form-alert';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { useDisableSecondFactor } from '@/features/auth/api/disable-second-factor';
import { useSecondFactor } from '@/features/auth/api/get-second-factor';
import { useRenewRecoveryCodes } from '@/features/auth/api/renew-recovery-codes';
import { CodeField } from '@/features/auth/components/code-field';
import { EnrolSecondFactor } from '@/features/auth/components/enrol-second-factor';
import { RecoveryCodes } from '@/features/auth/components/recovery-codes';
import { ThrottledAlert } from '@/features/auth/components/sign-in/throttled-alert';
import { isTimedWait } from '@/features/auth/timed-wait';
import { useRetryCountdown } from '@/features/auth/use-retry-countdown';
import { useSession } from '@/lib/auth';
import '@/features/auth/auth.css';

const ChangePasswordDialog = lazy(() =>
  import('@/features/auth/components/change-password-dialog').then((module) => ({
    default: module.ChangePasswordDialog,
  })),
);

/** 账号安全: one's own password and second factor. */
export function AccountPage() {
  const { t } = useTranslation('auth');
  return (
    <div className="page account">
      <h1 className="page__title">{t('auth.account.title')}</h1>
      <p className="page__summary">{t('auth.account.summary')}</p>
      <PasswordSection />
      <Suspense fallback={<LoadingState />}>
        <SecondFactorSection />
      </Suspense>
    </div>
  );
}

function PasswordSection() {
  const { t } = useTranslation('auth');
  const titleId = useId();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  return (
    <section className="account__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('auth.account.password.title')}</h2>
      <p>{t('auth.account.password.text')}</p>
      <button
        type="button"
        className="button step-button"
        onClick={() => {
          setChanged(false);
          setChanging(true);
        }}
      >
        {t('auth.account.password.change')}
      </button>
      <p role="status" className="account__done">
        {changed && t('auth.account.password.changed')}
      </p>
      {changing && (
        <Suspense fallback={<DialogLoading />}>
          <ChangePasswordDialog
            onClose={(outcome) => {
              setChanging(false);
              setChanged(outcome === 'changed');
            }}
          />
        </Suspense>
      )}
    </section>
  );
}

type Mode = 'idle' | 'enrol' | 'renew' | 'disable';

function SecondFactorSection() {
  const { t } = useTranslation('auth');
  const titleId = useId();
  const user = useSession();
  const status = useSecondFactor();
  const renew = useRenewRecoveryCodes();
  const disable = useDisableSecondFactor();
  const [mode, setMode] = useState<Mode>('idle');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [done, setDone] = useState('');
  const open = (next: Mode) => {
    setDone('');
    setMode(next);
  };

  return (
    <section className="account__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('auth.account.secondFactor.title')}</h2>
      <p>
        {status.enrolled ? t('auth.account.secondFactor.on') : t('auth.account.secondFactor.off')}
      </p>
      {status.required && <p>{t('auth.account.secondFactor.required')}</p>}
      {status.enrolled && (
        <p>{t('auth.account.secondFactor.codesLeft', { count: status.recoveryCodesLeft })}</p>
      )}
      <p role="status" className="account__done">
        {done}
      </p>

      {codes ? (
        <RecoveryCodes
          codes={codes}
          username={user.username}
          heading="h3"
          onDone={() => setCodes(null)}
        />
      ) : mode === 'enrol' ? (
        <EnrolSecondFactor
          username={user.username}
          heading="h3"
          onDone={() => {
            setMode('idle');
            setDone(t('auth.account.secondFactor.enrolled'));
          }}
        />
      ) : mode === 'renew' ? (
        <CodeForm
          intro={t('auth.account.secondFactor.renewIntro')}
          submit={t('auth.account.secondFactor.renewSubmit')}
          send={async (body) => {
            const renewed = await renew.mutateAsync(body);
            setMode('idle');
            setCodes(renewed.recoveryCodes);
          }}
          onCancel={() => setMode('idle')}
        />
      ) : mode === 'disable' ? (
        <CodeForm
          intro={t('auth.account.secondFactor.disableIntro')}
          submit={t('auth.account.secondFactor.disableSubmit')}
          send={async (body) => {
            await disable.mutateAsync(body);
            setMode('idle');
            setDone(t('auth.account.secondFactor.disabled'));
          }}
          onCancel={() => setMode('idle')}
        />
      ) : (
        <div className="account-actions">
          {!status.enrolled && (
            <button type="button" className="button step-button" onClick={() => open('enrol')}>
              {t('auth.account.secondFactor.enrol')}
            </button>
          )}
          {status.enrolled && (
            <button type="button" className="button step-button" onClick={() => open('renew')}>
              {t('auth.account.secondFactor.renew')}
            </button>
          )}
          {status.enrolled && !status.required && (
            <button
              type="button"
              className="button button--quiet step-button"
              onClick={() => open('disable')}
            >
              {t('auth.account.secondFactor.disable')}
            </button>
          )}
        </div>
      )}
      {status.enrolled && (
        <p className="form-field__hint">{t('auth.account.secondFactor.lostPhone')}</p>
      )}
    </section>
  );
}

interface CodeFormProps {
  intro: string;
  submit: string;
  send: (body: SecondFactorBody) => Promise<void>;
  onCancel: () => void;
}

/** A current code of the app, proving the person at the screen holds the phone. */
function CodeForm({ intro, submit, send, onCancel }: CodeFormProps) {
  const { t } = useTranslation('auth');
  const [failure, setFailure] = useState<Error | null>(null);
  const form = useForm<SecondFactorBody>({
    resolver: zodResolver(secondFactorBodySchema),
    defaultValues: { code: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const retryCountdown = useRetryCountdown();
  const waiting = retryCountdown.secondsLeft > 0;

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    try {
      await send(body);
    } catch (error) {
      if (isTimedWait(error)) retryCountdown.start(error.retryAfterSeconds);
      else if (!applyServerFieldErrors(error, ['code'], form.setError)) {
        setFailure(error instanceof Error ? error : new Error(String(error)));
      }
    }
  });

  return (
    <form className="account__form" onSubmit={onSubmit} noValidate>
      <p>{intro}</p>
      {failure && <FormAlert error={failure} />}
      {waiting && <ThrottledAlert secondsLeft={retryCountdown.secondsLeft} />}
      <CodeField
        label={t('auth.account.secondFactor.code')}
        error={errors.code}
        {...form.register('code')}
      />
      <div className="account-actions">
        <button type="submit" className="button step-button" disabled={isSubmitting || waiting}>
          {submit}
        </button>
        <button type="button" className="button button--quiet step-button" onClick={onCancel}>
          {t('auth.account.secondFactor.cancel')}
        </button>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { secondFactorCodeSchema, type Enrolled } from '@server/contract/auth';
import { FormAlert } from '@/components/form/form-alert';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { useConfirmEnrolment } from '@/features/auth/api/confirm-enrolment';
import { useEnrolment } from '@/features/auth/api/start-enrolment';
import { CodeField } from '@/features/auth/components/code-field';
import { RecoveryCodes } from '@/features/auth/components/recovery-codes';
import { ApiError } from '@/lib/api-client';

// The QR library is loaded with this screen only.
const QrCode = lazy(() =>
  import('@/features/auth/components/qr-code').then((module) => ({ default: module.QrCode })),
);

const codeFormSchema = z.object({ code: secondFactorCodeSchema });
type CodeForm = z.infer<typeof codeFormSchema>;

interface EnrolSecondFactorProps {
  username: string;
  /** The level of the recovery codes' heading where this sits. */
  heading: 'h2' | 'h3';
  /** Enrolled, and the recovery codes are saved: the session as the server answered it. */
  onDone: (session: Enrolled['session']) => void;
}

/**
 * Enrolling an authenticator app: its QR code and the key as text, the first code to confirm,
 * then the recovery codes, shown once. Used at sign-in and on the account page.
 */
export function EnrolSecondFactor({ username, heading, onDone }: EnrolSecondFactorProps) {
  const { t } = useTranslation('auth');
  const secretId = useId();
  const enrolment = useEnrolment();
  const confirm = useConfirmEnrolment();
  const [enrolled, setEnrolled] = useState<Enrolled | null>(null);
  const [expired, setExpired] = useState(false);
  const form = useForm<CodeForm>({
    resolver: zodResolver(codeFormSchema),
    defaultValues: { code: '' },
  });
  const { errors, isSubmitting } = form.formState;

  if (enrolled) {
    return (
      <RecoveryCodes
        codes={enrolled.recoveryCodes}
        username={username}
        heading={heading}
        onDone={() => onDone(enrolled.session)}
      />
    );
  }

  const restart = () => {
    setExpired(false);
    confirm.reset();
    form.reset();
    void enrolment.refetch();
  };

  if (enrolment.isPending) return <p role="status">{t('auth.enrol.loading')}</p>;
  if (enrolment.isError) {
    return (
      <div>
        <FormAlert error={enrolment.error} />
        <button type="button" className="button step-button" onClick={restart}>
          {t('auth.enrol.restart')}
        </button>
      </div>
    );
  }
  const { secret, uri, token } = enrolment.data;

  const onSubmit = form.handleSubmit(async ({ code }) => {
    confirm.reset();
    try {
      setEnrolled(await confirm.mutateAsync({ token, code }));
    } catch (error) {
      if (error instanceof ApiError && error.body.error.fields?.token) {
        // Too long on this screen: the key is void, a new one must be scanned.
        setExpired(true);
        confirm.reset();
      } else if (applyServerFieldErrors(error, ['code'], form.setError)) {
        confirm.reset();
      }
    }
  });

  return (
    <div className="enrol">
      <p>{t('auth.enrol.intro')}</p>
      <p>{t('auth.enrol.scan')}</p>
      <div className="enrol__qr">
        <Suspense fallback={<span className="qr-code" />}>
          <QrCode text={uri} label={t('auth.enrol.qrLabel')} />
        </Suspense>
      </div>
      <p id={secretId}>{t('auth.enrol.manual')}</p>
      <p className="enrol__secret">
        <span className="visually-hidden">{t('auth.enrol.secret')}</span>
        <code aria-describedby={secretId}>{secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
      </p>
      <form onSubmit={onSubmit} noValidate>
        {confirm.error && <FormAlert error={confirm.error} />}
        {expired && (
          <p className="form-alert" role="alert">
            {t('auth.validation.enrolmentExpired')}{' '}
            <button type="button" className="button button--quiet" onClick={restart}>
              {t('auth.enrol.restart')}
            </button>
          </p>
        )}
        <CodeField label={t('auth.enrol.code')} error={errors.code} {...form.register('code')} />
        <button type="submit" className="button step-button" disabled={isSubmitting || expired}>
          {isSubmitting ? t('auth.enrol.submitting') : t('auth.enrol.submit')}
        </button>
      </form>
    </div>
  );
}

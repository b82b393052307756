import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionStage } from '@server/contract/auth';
import { LoadingState } from '@/components/feedback/loading-state';
import { useSignOut } from '@/features/auth/api/sign-out';
import { EnrolSecondFactor } from '@/features/auth/components/enrol-second-factor';
import { NewPasswordStep } from '@/features/auth/components/sign-in/new-password-step';
import { PasswordStep } from '@/features/auth/components/sign-in/password-step';
import { SecondFactorStep } from '@/features/auth/components/sign-in/second-factor-step';
import { afterSignInDefault, landingFor, readRedirect } from '@/features/auth/redirect';
import { getSessionQueryOptions } from '@/lib/auth';
import { queryKeys } from '@/lib/query-keys';
import '@/features/auth/auth.css';

const route = getRouteApi('/sign-in');

type Step = Exclude<SessionStage, 'signed_in'>;

const stepTitles = {
  second_factor: 'auth.secondFactorStep.title',
  change_password: 'auth.newPasswordStep.title',
  enrol_second_factor: 'auth.enrol.title',
} as const;

/**
 * Signing in, step by step: the password, then whatever the session still needs (the second
 * factor, a new password, enrolling a second factor), each from the server's `stage`. A session
 * that stands at a step (after a reload, or sent here by the route guard) resumes there.
 */
export function SignInPage() {
  const { t } = useTranslation('auth');
  // Read again here: the router hands a route its ancestors' search too, and the root route
  // passes the address's parameters through unchecked.
  const search = route.useSearch();
  const redirect = readRedirect(search.redirect);
  const router = useRouter();
  const queryClient = useQueryClient();
  const stored = useQuery({ ...getSessionQueryOptions(), retry: false });
  // The session as the last step answered it; null once signed out here; undefined: as stored.
  const [latest, setLatest] = useState<Session | null>();
  // The password typed at the first step, so a new one can follow without typing it again.
  const [typedPassword, setTypedPassword] = useState<string | null>(null);
  const signOut = useSignOut();

  const session = latest === undefined ? stored.data : (latest ?? undefined);
  const step: Step | null = session && session.stage !== 'signed_in' ? session.stage : null;

  const advance = async (next: Session) => {
    setLatest(next);
    queryClient.setQueryData(queryKeys.session(), next);
    if (next.stage !== 'signed_in') return;
    setTypedPassword(null);
    // The bare address (`/`) asks for no page in particular: the user's own landing.
    const asked = redirect && redirect !== afterSignInDefault ? redirect : undefined;
    await router.navigate({ href: asked ?? landingFor(next.user), replace: true });
  };

  const startOver = () => {
    signOut.mutate(undefined, {
      onSuccess: () => {
        setTypedPassword(null);
        queryClient.clear();
        setLatest(null);
      },
    });
  };

  if (latest === undefined && stored.isPending) return <LoadingState />;

  if (!session || !step) {
    return (
      <div className="sign-in">
        <h1 id="sign-in-title" className="page__title">
          {t('auth.signIn.title')}
        </h1>
        <p className="page__summary">{t('auth.signIn.intro')}</p>
        {search.ended && latest === undefined && (
          <p className="sign-in__ended" role="status">
            {t(`auth.sessionEnded.${search.ended}`)}
          </p>
        )}
        <PasswordStep
          onSignedIn={async (next, password) => {
            // Nothing cached under another user (or none) may show to this one.
            queryClient.clear();
            setTypedPassword(password);
            await advance(next);
          }}
        />
      </div>
    );
  }

  return (
    <div className="sign-in">
      <h1 id="sign-in-title" className="page__title">
        {t(stepTitles[step])}
      </h1>
      {step === 'second_factor' && <SecondFactorStep onVerified={(next) => void advance(next)} />}
      {step === 'change_password' && (
        <Suspense fallback={<LoadingState />}>
          <NewPasswordStep
            username={session.user.username}
            currentPassword={typedPassword}
            onChanged={(next) => void advance(next)}
          />
        </Suspense>
      )}
      {step === 'enrol_second_factor' && (
        <div className="sign-in__form">
          <EnrolSecondFactor
            username={session.user.username}
            heading="h2"
            onDone={(next) => void advance(next)}
          />
        </div>
      )}
      <button
        type="button"
        className="button button--quiet sign-in__other"
        onClick={startOver}
        disabled={signOut.isPending}
      >
        {signOut.isPending ? t('auth.steps.signingOut') : t('auth.steps.signOut')}
      </button>
    </div>
  );
}

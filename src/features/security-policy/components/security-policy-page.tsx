import { useTranslation } from 'react-i18next';
import { QueryResult } from '@/components/feedback/query-result';
import { useSecurityPolicy } from '@/features/security-policy/api/get-security-policy';
import { SecurityPolicyForm } from '@/features/security-policy/components/security-policy-form';
import { useCan } from '@/lib/auth';
import '@/features/security-policy/security-policy.css';

/** 安全策略: the security administrator sets it; anyone else is told it is not theirs. */
export function SecurityPolicyPage() {
  const allowed = useCan('manage_security_policy');
  return allowed ? <PolicyScreen /> : <NoPermission />;
}

/** The server answers 403 anyway; this says so before anyone tries. */
function NoPermission() {
  const { t } = useTranslation('security-policy');
  return (
    <section className="not-found" aria-labelledby="no-permission-title">
      <h1 id="no-permission-title">{t('securityPolicy.noPermission.title')}</h1>
      <p>{t('securityPolicy.noPermission.text')}</p>
    </section>
  );
}

function PolicyScreen() {
  const { t } = useTranslation('security-policy');
  const policy = useSecurityPolicy();
  return (
    <div className="page">
      <h1 className="page__title">{t('securityPolicy.title')}</h1>
      <p className="page__summary">{t('securityPolicy.summary')}</p>
      {/* The form starts from the policy once; later reads do not overwrite what is typed. */}
      <QueryResult query={policy}>{(data) => <SecurityPolicyForm policy={data} />}</QueryResult>
    </div>
  );
}

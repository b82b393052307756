import { useTranslation } from 'react-i18next';
import type { PasswordRules } from '@server/contract/passwords';

/** The policy's rules as a list next to the new password, so nobody has to guess them. */
export function PasswordRulesList({ rules, id }: { rules: PasswordRules; id?: string }) {
  const { t } = useTranslation('auth');
  return (
    <div className="password-rules" id={id}>
      <p className="password-rules__title">{t('auth.passwordRules.title')}</p>
      <ul>
        <li>{t('auth.passwordRules.length', { count: rules.minLength })}</li>
        {rules.minClasses > 1 && (
          <li>{t('auth.passwordRules.classes', { count: rules.minClasses })}</li>
        )}
        {rules.history > 0 && <li>{t('auth.passwordRules.history', { count: rules.history })}</li>}
        {rules.maxAgeDays > 0 && (
          <li>{t('auth.passwordRules.maxAge', { days: rules.maxAgeDays })}</li>
        )}
      </ul>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { ConflictError } from '@/lib/api-client';

interface SaveProblemProps {
  error: Error | null;
  /** For a 409: the form shows what is stored now, or that could not be fetched. */
  conflict: 'reloaded' | 'reloadFailed' | null;
}

/** Why the last save did not go through, at the top of the form. */
export function SaveProblem({ error, conflict }: SaveProblemProps) {
  const { t } = useTranslation('admin');
  if (!error) return null;
  if (!(error instanceof ConflictError)) return <FormAlert error={error} />;
  // While the stored record is being fetched, nothing yet: one message, not two in a row.
  if (conflict === 'reloaded') {
    return (
      <p className="form-alert" role="alert">
        {t('admin.users.conflict')}
      </p>
    );
  }
  return conflict === 'reloadFailed' ? <FormAlert error={error} /> : null;
}

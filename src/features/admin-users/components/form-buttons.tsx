import { useTranslation } from 'react-i18next';

interface FormButtonsProps {
  submit: string;
  submitting: boolean;
  onCancel: () => void;
}

/** Send and cancel at the foot of a dialog's form; send is off while the request is out. */
export function FormButtons({ submit, submitting, onCancel }: FormButtonsProps) {
  const { t } = useTranslation('admin');
  return (
    <div className="user-form__buttons">
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('admin.users.form.saving') : submit}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('admin.users.form.cancel')}
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import '@/components/form/forms.css';

interface FormButtonsProps {
  submit: string;
  submitting: boolean;
  onCancel: () => void;
}

/** Send and cancel at the foot of a dialog's form; send is off while the request is out. */
export function FormButtons({ submit, submitting, onCancel }: FormButtonsProps) {
  const { t } = useTranslation('editing');
  return (
    <div className="form-buttons">
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('editing.saving') : submit}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('editing.cancel')}
      </button>
    </div>
  );
}

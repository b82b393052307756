import { useTranslation } from 'react-i18next';
import '@/components/form/forms.css';

interface FormButtonsProps {
  submit: string;
  submitting: boolean;
  onCancel: () => void;
}

/** Send and cancel at the foot of a dialog's form; send is off while the request is out. */
export function FormButtons({ submit, submitting, onCancel }: FormButtonsProps) {
  // The default namespace: a namespace loaded on first use would suspend the dialog as it opens,
  // and the page behind it with it, losing the button focus goes back to.
  const { t } = useTranslation();
  return (
    <div className="form-buttons">
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('common.saving') : submit}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

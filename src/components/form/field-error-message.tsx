import { useTranslation } from 'react-i18next';
import { translateFieldMessage } from '@/components/form/field-message';

/** What react-hook-form reports for a field; for a list, the message about the list as a whole. */
export type FieldProblem = { message?: string } | undefined;

/** The message of one field, in the reader's language; nothing when the field is fine. */
export function FieldErrorMessage({ id, error }: { id: string; error: FieldProblem }) {
  const { t, i18n } = useTranslation('auth');
  if (!error) return null;
  const message = translateFieldMessage(error.message, t, i18n.language);
  return (
    <p id={id} className="form-field__error" lang={message.lang}>
      {message.text}
    </p>
  );
}

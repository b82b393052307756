import { useId, type InputHTMLAttributes } from 'react';
import type { FieldError } from 'react-hook-form';
import { FieldErrorMessage } from '@/components/form/field-error-message';
import '@/components/form/forms.css';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error: FieldError | undefined;
  /** What to type, read with the field. */
  hint?: string;
}

/** A labelled input: its hint above it, its message right below it, both read with it. */
export function TextField({ label, error, hint, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const describedBy = [hint && hintId, error && messageId].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        className="form-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      <FieldErrorMessage id={messageId} error={error} />
    </div>
  );
}

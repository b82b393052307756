import { useId } from 'react';
import { Controller, type Control, type FieldError, type UseFormRegister } from 'react-hook-form';
import { FieldErrorMessage } from '@/components/form/field-error-message';
import { readInput, type FieldOption, type FieldSpec } from '@/components/editing/field-spec';
import { SearchSelectField } from '@/components/editing/search-select-field';
import '@/components/form/forms.css';

type Values = Record<string, unknown>;

interface FormFieldProps {
  spec: FieldSpec;
  register: UseFormRegister<Values>;
  control: Control<Values>;
  error: FieldError | undefined;
  /** For a `search-select`: which option the user picked, to name it in a conflict. */
  onPick?: (name: string, option: FieldOption) => void;
}

/** One labelled field of an edit form, its message right below it and read with it. */
export function FormField(props: FormFieldProps) {
  if (props.spec.kind === 'search-select') {
    return (
      <SearchSelectField
        spec={props.spec}
        control={props.control}
        error={props.error}
        onPick={props.onPick}
      />
    );
  }
  return <PlainField {...props} />;
}

function PlainField({ spec, register, control, error }: FormFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  const describedBy =
    [spec.hint && hintId, error && messageId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    className: 'form-field__input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  const registered = register(spec.name, { setValueAs: (raw) => readInput(spec, raw) });

  if (spec.kind === 'checkboxes') {
    return (
      <fieldset className="form-field form-field--group" aria-describedby={describedBy}>
        <legend className="form-field__label">{spec.label}</legend>
        <Controller
          control={control}
          name={spec.name}
          render={({ field }) => {
            const chosen = new Set((field.value as (string | number)[] | null) ?? []);
            return (
              <div className="form-field__choices">
                {spec.options?.map((option) => (
                  <label key={option.value} className="form-field__choice">
                    <input
                      type="checkbox"
                      checked={chosen.has(option.value)}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.target.checked) next.add(option.value);
                        else next.delete(option.value);
                        field.onChange([...next]);
                      }}
                    />
                    {option.label}
                  </label>
                ))}
              </div>
            );
          }}
        />
        <FieldErrorMessage id={messageId} error={error} />
      </fieldset>
    );
  }

  if (spec.kind === 'checkbox') {
    return (
      <div className="form-field">
        <label className="form-field__choice">
          <input
            type="checkbox"
            {...register(spec.name)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
          {spec.label}
        </label>
        <FieldErrorMessage id={messageId} error={error} />
      </div>
    );
  }

  return (
    <div className={spec.kind === 'textarea' ? 'form-field form-field--wide' : 'form-field'}>
      <label className="form-field__label" htmlFor={id}>
        {spec.label}
      </label>
      {spec.hint && (
        <p id={hintId} className="form-field__hint">
          {spec.hint}
        </p>
      )}
      {spec.kind === 'textarea' ? (
        <textarea rows={4} {...common} {...registered} />
      ) : spec.kind === 'select' ? (
        <select {...common} {...registered}>
          {spec.nullable && <option value="">{spec.emptyLabel ?? '—'}</option>}
          {spec.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          type={spec.kind === 'number' ? 'number' : spec.kind === 'date' ? 'date' : 'text'}
          step={spec.kind === 'number' ? 'any' : undefined}
          {...common}
          {...registered}
        />
      )}
      <FieldErrorMessage id={messageId} error={error} />
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';

interface TextFilterProps {
  /** The value in the URL. */
  value: string | undefined;
  label: string;
  buttonLabel: string;
  onSubmit: (value: string | undefined) => void;
  /** `search` for the list's search box: a search landmark and a search input. */
  kind?: 'search' | 'text';
  placeholder?: string;
}

/** Free text applied when submitted, so each change is one history entry. */
export function TextFilter({
  value,
  label,
  buttonLabel,
  onSubmit,
  kind = 'text',
  placeholder,
}: TextFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // Back and forward change the URL under the field: show the value they lead to.
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft.trim() || undefined);
  };

  return (
    <form
      role={kind === 'search' ? 'search' : undefined}
      className={`text-filter text-filter--${kind}`}
      onSubmit={submit}
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          type={kind}
          value={draft}
          placeholder={placeholder}
          maxLength={100}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <button type="submit" className={kind === 'search' ? 'button' : 'button button--quiet'}>
        {buttonLabel}
      </button>
    </form>
  );
}

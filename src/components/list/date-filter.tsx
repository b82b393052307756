import { useId } from 'react';

interface DateFilterProps {
  label: string;
  /** A calendar day (YYYY-MM-DD) from the URL, or unset. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/**
 * A day the list starts or ends on. The browser's date input reports a day only once it is
 * complete, so each change is one entry in the address's history; clearing it removes the filter.
 */
export function DateFilter({ label, value, onChange }: DateFilterProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      />
    </div>
  );
}

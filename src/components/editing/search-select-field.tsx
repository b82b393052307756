import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Controller, type Control, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldErrorMessage } from '@/components/form/field-error-message';
import type { FieldOption, FieldSpec } from '@/components/editing/field-spec';

type Values = Record<string, unknown>;

interface SearchSelectFieldProps {
  spec: FieldSpec;
  control: Control<Values>;
  error: FieldError | undefined;
  /** Told which option the user picked, so a conflict view can name it later. */
  onPick?: (name: string, option: FieldOption) => void;
}

/** Typing pauses this long before the server is asked, so a word is one request, not five. */
const searchDelayMs = 250;

/**
 * A choice among more records than one list holds (a chain's firms): a search box asks the server,
 * the matches are listed to pick from. The chosen one stays listed while other searches run.
 */
export function SearchSelectField({ spec, control, error, onPick }: SearchSelectFieldProps) {
  const { t } = useTranslation('editing');
  const id = useId();
  const searchId = `${id}-search`;
  const statusId = `${id}-status`;
  const messageId = `${id}-message`;
  const search = spec.search;
  if (!search) throw new Error(`Field ${spec.name} is a search-select without a search`);

  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<FieldOption | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useQuery({
    queryKey: [...search.queryKey, query],
    queryFn: ({ signal }) => search.load(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const found = results.data ?? [];

  return (
    <div className="form-field form-field--wide">
      <label className="form-field__label" htmlFor={id}>
        {spec.label}
      </label>
      <input
        id={searchId}
        type="search"
        className="form-field__input"
        aria-label={search.label}
        placeholder={search.label}
        aria-controls={id}
        aria-describedby={statusId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        // Enter in the search box would otherwise submit the form.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <Controller
        control={control}
        name={spec.name}
        render={({ field }) => {
          const value = field.value as string | number | null | undefined;
          const chosen =
            found.find((option) => option.value === value) ??
            (picked?.value === value ? picked : undefined) ??
            spec.options?.find((option) => option.value === value);
          const listed = chosen && !found.includes(chosen) ? [chosen, ...found] : found;
          return (
            <select
              id={id}
              ref={field.ref}
              name={field.name}
              size={6}
              className="form-field__input form-field__listbox"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? messageId : undefined}
              value={value == null ? '' : String(value)}
              onBlur={field.onBlur}
              onChange={(event) => {
                const option = listed.find((item) => String(item.value) === event.target.value);
                if (!option) return;
                setPicked(option);
                onPick?.(spec.name, option);
                field.onChange(option.value);
              }}
            >
              {listed.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          );
        }}
      />
      <p id={statusId} className="form-field__hint" role="status">
        {results.isFetching
          ? t('editing.search.searching')
          : found.length === 0
            ? t('editing.search.none')
            : t('editing.search.found', { count: found.length })}
      </p>
      <FieldErrorMessage id={messageId} error={error} />
    </div>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, type Control, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldErrorMessage } from '@/components/form/field-error-message';
import type { FieldOption, FieldSpec } from '@/components/editing/field-spec';

type Values = Record<string, unknown>;
type OptionValue = FieldOption['value'];

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
 * With `multiple`, the chosen ones are chips above the search (each with its button to take it
 * out), and each match is a checkbox, ticked when chosen.
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
  /** Options picked from a search, so they stay named after the next one. */
  const [picked, setPicked] = useState<FieldOption[]>([]);
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
  const named = (value: OptionValue): FieldOption =>
    found.find((option) => option.value === value) ??
    picked.find((option) => option.value === value) ??
    spec.options?.find((option) => option.value === value) ?? { value, label: String(value) };
  const pick = (option: FieldOption) => {
    setPicked((all) => [...all, option]);
    onPick?.(spec.name, option);
  };

  const searchBox = useRef<HTMLInputElement>(null);
  const searchInput = (
    <input
      id={searchId}
      ref={searchBox}
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
  );

  return (
    <div className="form-field form-field--wide">
      {spec.multiple ? (
        <span className="form-field__label" id={`${id}-label`}>
          {spec.label}
        </span>
      ) : (
        <label className="form-field__label" htmlFor={id}>
          {spec.label}
        </label>
      )}
      {!spec.multiple && searchInput}
      <Controller
        control={control}
        name={spec.name}
        render={({ field }) => {
          if (spec.multiple) {
            const chosen: OptionValue[] = Array.isArray(field.value) ? field.value : [];
            const chosenSet = new Set(chosen);
            const take = (value: OptionValue) =>
              field.onChange(chosen.filter((other) => other !== value));
            return (
              <>
                <ul className="form-field__chips" aria-labelledby={`${id}-label ${id}-chosen`}>
                  {chosen.map((value) => {
                    const option = named(value);
                    return (
                      <li key={value} className="form-field__chip">
                        <span>{option.label}</span>
                        <button
                          type="button"
                          className="form-field__chip-remove"
                          aria-label={t('editing.search.remove', { name: option.label })}
                          onClick={() => {
                            take(value);
                            // The chip and its button are gone: the search box keeps the focus.
                            searchBox.current?.focus();
                          }}
                        >
                          ×
                        </button>
                      </li>
                    );
                  })}
                </ul>
                <span id={`${id}-chosen`} className="form-field__hint">
                  {t('editing.search.chosen', { count: chosen.length })}
                </span>
                {searchInput}
                <fieldset
                  id={id}
                  className="form-field__choices form-field__listbox"
                  aria-labelledby={`${id}-label`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? messageId : undefined}
                >
                  {found.map((option, index) => (
                    <label key={option.value} className="form-field__choice">
                      <input
                        type="checkbox"
                        ref={index === 0 ? field.ref : undefined}
                        checked={chosenSet.has(option.value)}
                        onBlur={field.onBlur}
                        onChange={(event) => {
                          if (event.target.checked) {
                            pick(option);
                            field.onChange([...chosen, option.value]);
                          } else {
                            take(option.value);
                          }
                        }}
                      />
                      {option.label}
                    </label>
                  ))}
                </fieldset>
              </>
            );
          }
          // Nothing chosen yet is null, or NaN for a number the schema requires.
          const value: OptionValue | null =
            typeof field.value === 'string' ||
            (typeof field.value === 'number' && !Number.isNaN(field.value))
              ? field.value
              : null;
          const chosen = value === null ? undefined : named(value);
          const listed =
            chosen && !found.some((option) => option.value === chosen.value)
              ? [chosen, ...found]
              : found;
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
                pick(option);
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
            : spec.multiple
              ? t('editing.search.foundMany', { count: found.length })
              : t('editing.search.found', { count: found.length })}
      </p>
      <FieldErrorMessage id={messageId} error={error} />
    </div>
  );
}

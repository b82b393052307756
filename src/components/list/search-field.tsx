import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchFieldProps {
  /** The search in the URL. */
  value: string | undefined;
  label: string;
  placeholder?: string;
  onSearch: (value: string | undefined) => void;
}

/** A search box that searches when submitted, so each search is one history entry. */
export function SearchField({ value, label, placeholder, onSearch }: SearchFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // Back and forward change the URL under the box: show the search they lead to.
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim() || undefined);
  };

  return (
    <form role="search" className="search-field" onSubmit={submit}>
      <label>
        <span className="field__label">{label}</span>
        <input
          type="search"
          value={draft}
          placeholder={placeholder}
          maxLength={100}
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit" className="button">
        {t('list.searchButton')}
      </button>
    </form>
  );
}

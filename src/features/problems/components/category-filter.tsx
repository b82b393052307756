import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface CategoryFilterProps {
  value: string | undefined;
  onChange: (category: string | undefined) => void;
}

/** The category is free text kept by the firms' desks: typed, applied on submit. */
export function CategoryFilter({ value, onChange }: CategoryFilterProps) {
  const { t } = useTranslation('problems');
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // Back and forward change the URL under the field: show the category they lead to.
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft.trim() || undefined);
  };

  return (
    <form className="category-filter" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('problems.filters.category')}
        </label>
        <input
          id={id}
          type="text"
          size={8}
          value={draft}
          maxLength={100}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--quiet">
        {t('problems.filters.categoryApply')}
      </button>
    </form>
  );
}

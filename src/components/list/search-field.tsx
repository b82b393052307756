import { useTranslation } from 'react-i18next';
import { TextFilter } from '@/components/list/text-filter';

interface SearchFieldProps {
  /** The search in the URL. */
  value: string | undefined;
  label: string;
  placeholder?: string;
  onSearch: (value: string | undefined) => void;
}

/** A list's search box. */
export function SearchField({ value, label, placeholder, onSearch }: SearchFieldProps) {
  const { t } = useTranslation();
  return (
    <TextFilter
      kind="search"
      value={value}
      label={label}
      buttonLabel={t('list.searchButton')}
      placeholder={placeholder}
      onSubmit={onSearch}
    />
  );
}

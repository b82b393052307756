import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterOption<Value extends string | number> {
  value: Value;
  label: string;
  /** zh-CN for a Chinese name from the data (a district) on an English page: see `dataLang`. */
  lang?: string;
}

interface SelectFilterProps<Value extends string | number> {
  label: string;
  value: Value | undefined;
  options: FilterOption<Value>[];
  onChange: (value: Value | undefined) => void;
}

/** One filter of a list: "all" or one of `options`. */
export function SelectFilter<Value extends string | number>({
  label,
  value,
  options,
  onChange,
}: SelectFilterProps<Value>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(event) =>
          onChange(options.find((option) => String(option.value) === event.target.value)?.value)
        }
      >
        <option value="">{t('common.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

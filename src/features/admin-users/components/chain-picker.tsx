import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/feedback/load-error';
import { FieldErrorMessage, type FieldProblem } from '@/components/form/field-error-message';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';

interface ChainPickerProps {
  value: number[];
  onChange: (chainIds: number[]) => void;
  error: FieldProblem;
}

/** The chains an editor may change: one labelled checkbox per chain, in the city's order. */
export function ChainPicker({ value, onChange, error }: ChainPickerProps) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const chains = useChainOptions();
  const messageId = useId();

  const toggle = (chainId: number, checked: boolean) => {
    const chosen = new Set(value);
    if (checked) chosen.add(chainId);
    else chosen.delete(chainId);
    // Kept in the city's order, so the saved list reads like the picker.
    onChange((chains.data?.items ?? []).map((chain) => chain.id).filter((id) => chosen.has(id)));
  };

  return (
    <fieldset
      className="chain-picker"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? messageId : undefined}
    >
      <legend className="form-field__label">{t('admin.users.form.chains')}</legend>
      {chains.isPending ? (
        <p role="status">{t('admin.users.loadingChains')}</p>
      ) : chains.isError ? (
        <LoadError
          error={chains.error}
          onRetry={() => void chains.refetch()}
          retrying={chains.isFetching}
        />
      ) : (
        <ul className="chain-picker__list">
          {chains.data.items.map((chain) => (
            <li key={chain.id}>
              <label className="chain-picker__choice">
                <input
                  type="checkbox"
                  checked={value.includes(chain.id)}
                  onChange={(event) => toggle(chain.id, event.target.checked)}
                />
                {format.name(chain)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldErrorMessage id={messageId} error={error} />
    </fieldset>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { securityEventTypes } from '@server/contract/domain';

interface EventTypeFilterProps {
  /** The chosen types, comma-separated as in the address; unset for every type. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/**
 * One event type or several: a button that says how many are chosen and opens their checkboxes,
 * so the twenty types take a line of the filters until someone wants them.
 */
export function EventTypeFilter({ value, onChange }: EventTypeFilterProps) {
  const { t } = useTranslation('security-audit');
  const [open, setOpen] = useState(false);
  const labelId = useId();
  const buttonId = useId();
  const listId = useId();
  const chosen = value ? value.split(',') : [];

  const toggle = (type: string, checked: boolean) => {
    // In the vocabulary's order, so equal choices make equal addresses.
    const next = securityEventTypes.filter((each) =>
      each === type ? checked : chosen.includes(each),
    );
    onChange(next.length > 0 ? next.join(',') : undefined);
  };

  return (
    <>
      <div className="field">
        <span className="field__label" id={labelId}>
          {t('securityAudit.filters.types')}
        </span>
        <button
          type="button"
          id={buttonId}
          className="button button--quiet"
          aria-labelledby={`${labelId} ${buttonId}`}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {chosen.length === 0
            ? t('securityAudit.filters.allTypes')
            : t('securityAudit.filters.someTypes', { count: chosen.length })}
        </button>
      </div>
      <fieldset id={listId} className="event-type-filter" hidden={!open}>
        <legend className="visually-hidden">{t('securityAudit.filters.types')}</legend>
        {securityEventTypes.map((type) => (
          <label key={type} className="event-type-filter__choice">
            <input
              type="checkbox"
              checked={chosen.includes(type)}
              onChange={(event) => toggle(type, event.target.checked)}
            />
            {t(`securityAudit.types.${type}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}

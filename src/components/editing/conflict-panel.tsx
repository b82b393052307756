import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayValue, sameValue, type FieldSpec } from '@/components/editing/field-spec';

type Values = Record<string, unknown>;
type Choice = 'theirs' | 'mine';

interface ConflictPanelProps {
  fields: readonly FieldSpec[];
  /** The record as someone else saved it meanwhile, as form values with its version. */
  theirs: Values;
  /** What this user tried to save. */
  mine: Values;
  onKeepTheirs: () => void;
  onSave: (values: Values) => Promise<void>;
}

/**
 * Someone saved the record after this form was opened. Theirs beside yours, field by field: keep
 * theirs, save yours over it, or pick per field and save the merge — on their version, so the
 * save is a new change after theirs, never a silent overwrite.
 */
export function ConflictPanel({ fields, theirs, mine, onKeepTheirs, onSave }: ConflictPanelProps) {
  const { t } = useTranslation('editing');
  const differing = fields.filter((spec) => !sameValue(theirs[spec.name], mine[spec.name]));
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(differing.map((spec) => [spec.name, 'mine'])),
  );
  const [saving, setSaving] = useState(false);
  const explanation = useRef<HTMLParagraphElement>(null);
  // The Save button that led here is gone: focus goes to what replaced it, read from the top.
  useEffect(() => explanation.current?.focus(), []);

  const saveWith = async (pick: (spec: FieldSpec) => Choice) => {
    setSaving(true);
    const merged: Values = { ...mine, version: theirs.version };
    for (const spec of fields) {
      merged[spec.name] = pick(spec) === 'theirs' ? theirs[spec.name] : mine[spec.name];
    }
    try {
      await onSave(merged);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="conflict">
      <p ref={explanation} tabIndex={-1} role="alert" className="form-alert">
        {t('editing.conflict.explain')}
      </p>
      <table className="conflict__table">
        <caption>{t('editing.conflict.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editing.conflict.field')}</th>
            <th scope="col">{t('editing.conflict.theirs')}</th>
            <th scope="col">{t('editing.conflict.mine')}</th>
            <th scope="col">{t('editing.conflict.keep')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((spec) => {
            const differs = differing.includes(spec);
            return (
              <tr key={spec.name} className={differs ? 'conflict__row--differs' : undefined}>
                <th scope="row">{spec.label}</th>
                <td>{displayValue(spec, theirs[spec.name], t)}</td>
                <td>{displayValue(spec, mine[spec.name], t)}</td>
                <td>
                  {differs ? (
                    <fieldset className="conflict__choice">
                      <legend className="visually-hidden">
                        {t('editing.conflict.chooseFor', { field: spec.label })}
                      </legend>
                      {(['theirs', 'mine'] as const).map((choice) => (
                        <label key={choice}>
                          <input
                            type="radio"
                            name={`keep-${spec.name}`}
                            checked={choices[spec.name] === choice}
                            onChange={() => setChoices({ ...choices, [spec.name]: choice })}
                          />
                          {t(`editing.conflict.${choice}`)}
                        </label>
                      ))}
                    </fieldset>
                  ) : (
                    t('editing.conflict.same')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="edit-form__actions">
        <button
          type="button"
          className="button button--quiet"
          disabled={saving}
          onClick={onKeepTheirs}
        >
          {t('editing.conflict.keepTheirs')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={saving}
          onClick={() => void saveWith(() => 'mine')}
        >
          {t('editing.conflict.takeMine')}
        </button>
        <button
          type="button"
          className="button"
          disabled={saving}
          onClick={() => void saveWith((spec) => choices[spec.name] ?? 'mine')}
        >
          {t('editing.conflict.merge')}
        </button>
      </div>
    </div>
  );
}

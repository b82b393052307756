import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayValue, type FieldSpec } from '@/components/editing/field-spec';
import {
  mergeFields,
  resolveMerge,
  type FieldMerge,
  type Side,
} from '@/components/editing/three-way-merge';
import { useFormatters } from '@/hooks/use-formatters';
import type { ConflictError } from '@/lib/api-client';

type Values = Record<string, unknown>;

interface ConflictPanelProps {
  fields: readonly FieldSpec[];
  /** The values the form was opened with (or last reloaded with): what both sides changed. */
  base: Values;
  /** The record as someone else saved it meanwhile, as form values with its version. */
  theirs: Values;
  /** What this user tried to save. */
  mine: Values;
  /** The 409 itself: who saved their version, and when. */
  error: ConflictError;
  onKeepTheirs: () => void;
  onSave: (values: Values) => Promise<void>;
}

/**
 * Someone saved the record after this form was opened. Merged against what the form opened
 * with: a field only one side changed keeps that change (shown as such), a field both changed
 * differently waits for the user's choice. Or keep theirs, or save mine over theirs — always on
 * their version, so the save is a new change after theirs, never a silent overwrite.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { fields, base, theirs, mine, error, onKeepTheirs, onSave } = props;
  const { t } = useTranslation('editing');
  const format = useFormatters();
  const merges = mergeFields(
    fields.map((spec) => spec.name),
    { base, mine, theirs },
  );
  const [choices, setChoices] = useState<Partial<Record<string, Side>>>({});
  const [saving, setSaving] = useState(false);
  const explanation = useRef<HTMLParagraphElement>(null);
  const undecidedNoteId = useId();
  // The Save button that led here is gone: focus goes to what replaced it, read from the top.
  useEffect(() => explanation.current?.focus(), []);

  const merged = resolveMerge(merges, { mine, theirs }, choices);
  const undecidedLabels = merged.ok
    ? []
    : fields.filter((spec) => merged.undecided.includes(spec.name)).map((spec) => spec.label);
  const saved = savedVersion(error);

  const saveOnTheirVersion = async (values: Values) => {
    setSaving(true);
    try {
      await onSave({ ...mine, ...values, version: theirs.version });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="conflict">
      <p ref={explanation} tabIndex={-1} role="alert" className="form-alert">
        <strong className="conflict__saved-by">
          {saved?.name
            ? t('editing.conflict.savedBy', { name: saved.name, at: format.dateTime(saved.at) })
            : saved
              ? t('editing.conflict.savedBySomeone', { at: format.dateTime(saved.at) })
              : t('editing.conflict.savedMeanwhile')}
        </strong>
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
            const merge = merges[spec.name] ?? 'same';
            return (
              <tr key={spec.name} className={rowClass[merge]}>
                <th scope="row">{spec.label}</th>
                <td>{displayValue(spec, theirs[spec.name], t)}</td>
                <td>{displayValue(spec, mine[spec.name], t)}</td>
                <td>
                  {merge === 'conflict' ? (
                    <fieldset className="conflict__choice">
                      <legend className="visually-hidden">
                        {t('editing.conflict.chooseFor', { field: spec.label })}
                      </legend>
                      {(['theirs', 'mine'] as const).map((side) => (
                        <label key={side}>
                          <input
                            type="radio"
                            name={`keep-${spec.name}`}
                            checked={choices[spec.name] === side}
                            onChange={() => setChoices({ ...choices, [spec.name]: side })}
                          />
                          {t(`editing.conflict.${side}`)}
                        </label>
                      ))}
                    </fieldset>
                  ) : (
                    t(`editing.conflict.merged.${merge}`)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="edit-form__actions conflict__actions">
        {!merged.ok && (
          <p id={undecidedNoteId} className="conflict__undecided">
            {t('editing.conflict.undecided', { fields: format.list(undecidedLabels) })}
          </p>
        )}
        <button
          type="button"
          className="button"
          disabled={saving || !merged.ok}
          aria-describedby={merged.ok ? undefined : undecidedNoteId}
          onClick={() => {
            if (merged.ok) void saveOnTheirVersion(merged.values);
          }}
        >
          {t('editing.conflict.merge')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={saving}
          onClick={() => void saveOnTheirVersion({})}
        >
          {t('editing.conflict.takeMine')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={saving}
          onClick={onKeepTheirs}
        >
          {t('editing.conflict.keepTheirs')}
        </button>
      </div>
    </div>
  );
}

/** Rows that need a choice stand out; rows merged on their own are marked more quietly. */
const rowClass: Record<FieldMerge, string | undefined> = {
  conflict: 'conflict__row--differs',
  theirs: 'conflict__row--merged',
  mine: 'conflict__row--merged',
  same: undefined,
};

/**
 * Who saved the version the save met, and when: the display name the server looked up, else the
 * username the record carries (none for a record no user saved).
 */
function savedVersion(error: ConflictError): { name: string | null; at: string } | null {
  const { current, savedBy } = error;
  const record = typeof current === 'object' && current !== null ? current : {};
  const at =
    'updatedAt' in record && typeof record.updatedAt === 'string' ? record.updatedAt : null;
  if (!at) return null;
  const username =
    'updatedBy' in record && typeof record.updatedBy === 'string' ? record.updatedBy : null;
  return { name: savedBy?.displayName || savedBy?.username || username, at };
}

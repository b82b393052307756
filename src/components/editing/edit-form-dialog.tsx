import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConflictPanel } from '@/components/editing/conflict-panel';
import type { FieldOption, FieldSpec } from '@/components/editing/field-spec';
import { FormField } from '@/components/editing/form-field';
import { FormAlert } from '@/components/form/form-alert';
import { ModalDialog } from '@/components/form/modal-dialog';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { ConflictError } from '@/lib/api-client';
import '@/components/editing/editing.css';

type Values = Record<string, unknown>;

export interface EditFormDialogProps {
  title: string;
  /** The contract's body schema: the form checks exactly what the server will. */
  schema: z.ZodType<Values, Values>;
  fields: readonly FieldSpec[];
  /** The form's starting values, with the `version` it was opened with for a change. */
  initialValues: Values;
  /** A record as the server answers it, as this form's values: for conflicts. */
  fromRecord?: (record: Record<string, unknown>) => Values;
  submit: (values: Values) => Promise<unknown>;
  /** `saved` when it closes because the save went through, to say so where it was opened. */
  onClose: (outcome?: 'saved') => void;
}

/** Longer forms lay their short fields out in two columns, so Save shows on a 1366×768 screen. */
const columnsFrom = 5;

interface Conflict {
  theirs: Values;
  mine: Values;
  error: ConflictError;
}

/**
 * The one edit form: fields from their specs, checked with the contract's schema, the server's
 * field messages put on the fields, and on a 409 theirs beside yours to choose from.
 */
export function EditFormDialog(props: EditFormDialogProps) {
  const { title, schema, fields, initialValues, fromRecord, submit, onClose } = props;
  const { t } = useTranslation('editing');
  const [failure, setFailure] = useState<Error | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /**
   * The record the next save builds on: what the form opened with, then, once a conflict is
   * settled, theirs (whose version the save carries). A conflict merges against it.
   */
  const [base, setBase] = useState(initialValues);
  /** Set when the form was reloaded with theirs: said above it, focus on its first field. */
  const [reloadedWithTheirs, setReloadedWithTheirs] = useState(0);
  /** Options the user picked in search fields, which the fields' specs cannot know. */
  const [picked, setPicked] = useState<Record<string, FieldOption[]>>({});
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: initialValues,
  });
  const { errors, isSubmitting } = form.formState;
  const firstField = fields[0]?.name;

  useEffect(() => {
    if (reloadedWithTheirs > 0 && firstField) form.setFocus(firstField);
  }, [reloadedWithTheirs, firstField, form]);

  const save = async (values: Values) => {
    setFailure(null);
    setReloadedWithTheirs(0);
    try {
      await submit(values);
      onClose('saved');
    } catch (error) {
      if (error instanceof ConflictError && fromRecord) {
        setConflict({
          theirs: fromRecord(error.current as Record<string, unknown>),
          mine: values,
          error,
        });
        return;
      }
      const names = fields.map((field) => field.name);
      if (!applyServerFieldErrors(error, names, form.setError)) {
        setFailure(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };

  return (
    <ModalDialog title={title} onClose={onClose}>
      {conflict ? (
        <ConflictPanel
          // A new conflict (a second 409) starts with no choices made.
          key={String(conflict.theirs.version)}
          fields={fields.map((spec) =>
            picked[spec.name]
              ? { ...spec, options: [...(spec.options ?? []), ...(picked[spec.name] ?? [])] }
              : spec,
          )}
          base={base}
          theirs={conflict.theirs}
          mine={conflict.mine}
          error={conflict.error}
          onKeepTheirs={() => {
            // Theirs becomes the form's starting point (with their version): nothing of mine is
            // sent, and what they saved can be edited further or left as it is.
            form.reset(conflict.theirs);
            setBase(conflict.theirs);
            setConflict(null);
            setReloadedWithTheirs((count) => count + 1);
          }}
          onSave={async (values) => {
            // Should this save fail too, the form shows what was sent, on their version.
            form.reset(values);
            setBase(conflict.theirs);
            // The view stays, its buttons disabled, until the save settles: a second click
            // would send the same version again and meet this very save as "theirs".
            await save(values);
            // Saved: the dialog closes. A new 409 put a new conflict in place; any other
            // failure goes back to the form, which says why.
            setConflict((now) => (now === conflict ? null : now));
          }}
        />
      ) : (
        <form noValidate onSubmit={(event) => void form.handleSubmit(save)(event)}>
          {failure && <FormAlert error={failure} />}
          {reloadedWithTheirs > 0 && (
            <p role="status" className="form-notice">
              {t('editing.conflict.reloaded')}
            </p>
          )}
          <div className={fields.length > columnsFrom ? 'edit-form__fields--columns' : undefined}>
            {fields.map((spec) => (
              <FormField
                key={spec.name}
                spec={spec}
                register={form.register}
                control={form.control}
                error={errors[spec.name] as FieldError | undefined}
                onPick={(name, option) =>
                  setPicked((all) => ({ ...all, [name]: [...(all[name] ?? []), option] }))
                }
              />
            ))}
          </div>
          <div className="edit-form__actions">
            <button type="submit" className="button" disabled={isSubmitting}>
              {isSubmitting ? t('editing.saving') : t('editing.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => onClose()}>
              {t('editing.cancel')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch, type FieldError, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConflictPanel } from '@/components/editing/conflict-panel';
import type { FieldOption, FieldsOf } from '@/components/editing/field-spec';
import { FormField } from '@/components/editing/form-field';
import { FormAlert } from '@/components/form/form-alert';
import { ModalDialog } from '@/components/form/modal-dialog';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { ConflictError } from '@/lib/api-client';
import '@/components/editing/editing.css';

type Values = Record<string, unknown>;

/** A record as a 409 names it (`current`), and how to read it as the form's values. */
export interface ConflictRecord<FormValues, Current> {
  /** The route's answer schema (the contract's `…RecordSchema`): a 409's `current` is one. */
  schema: z.ZodType<Current>;
  toValues: (record: Current) => FormValues;
}

export interface EditFormDialogProps<Schema extends z.ZodObject, Current = unknown> {
  title: string;
  /** The contract's body schema: the form checks exactly what the server will. */
  schema: Schema;
  /** Each names a key of the schema's input, with a kind that holds its type. */
  fields: readonly FieldsOf<z.input<Schema>>[];
  /**
   * The fields as the form's values now make them, when one field's choices depend on another
   * (the links of the chains ticked); `fields` still names every choice, for a conflict.
   */
  fieldsFor?: (values: Partial<z.input<Schema>>) => readonly FieldsOf<z.input<Schema>>[];
  /** The form's starting values, with the `version` it was opened with for a change. */
  initialValues: z.input<Schema>;
  /** For a change: the record as the server answers it, as this form's values, for conflicts. */
  fromRecord?: ConflictRecord<z.input<Schema>, Current>;
  /** Given the values as the schema parsed them: the body to send. */
  submit: (values: z.output<Schema>) => Promise<unknown>;
  /** `saved` when it closes because the save went through, to say so where it was opened. */
  onClose: (outcome?: 'saved') => void;
  /**
   * Told when the user changes a field, to set others that follow from it (a lead's action from
   * its link's strength); `set` changes one field as if the user had.
   */
  onFieldChange?: (
    name: string,
    values: Values,
    set: (name: string, value: unknown) => void,
  ) => void;
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
export function EditFormDialog<Schema extends z.ZodObject, Current = unknown>(
  props: EditFormDialogProps<Schema, Current>,
) {
  const { title, schema, fields, fromRecord, submit, onClose, onFieldChange } = props;
  // The form library and the conflict view handle any values by field name; the props above
  // are what ties names and types to the schema.
  const initialValues: Values = props.initialValues;
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
  const form = useForm<Values, unknown, z.output<Schema>>({
    resolver: zodResolver(schema) as unknown as Resolver<Values, unknown, z.output<Schema>>,
    defaultValues: initialValues,
  });
  const { errors, isSubmitting } = form.formState;
  const firstField = fields[0]?.name;
  // Only forms whose fields follow the values (shown by a stage, choices narrowed by the
  // chains ticked) re-render on every change.
  const followsValues = Boolean(props.fieldsFor) || fields.some((field) => field.shownWhen);
  const watched = useWatch({ control: form.control, disabled: !followsValues });
  const specs = props.fieldsFor ? props.fieldsFor(watched as Partial<z.input<Schema>>) : fields;
  const shownFields = followsValues
    ? specs.filter((field) => !field.shownWhen || field.shownWhen(watched))
    : specs;
  const shownNames = new Set(shownFields.map((field) => field.name));
  const hiddenNames = fields
    .filter((field) => !shownNames.has(field.name))
    .map((field) => field.name)
    .join(' ');

  useEffect(() => {
    // A field the user cannot see sends nothing: it would be refused where they cannot read why.
    for (const name of hiddenNames.split(' ').filter(Boolean)) {
      if (form.getValues(name) !== null) form.setValue(name, null);
    }
  }, [hiddenNames, form]);

  useEffect(() => {
    if (!onFieldChange) return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ values, name, type }) => {
        // Only the user's own changes: what this sets must not set off another round.
        if (name && type === 'change') {
          onFieldChange(name, values, (field, value) =>
            form.setValue(field, value, { shouldDirty: true }),
          );
        }
      },
    });
  }, [form, onFieldChange]);

  useEffect(() => {
    if (reloadedWithTheirs > 0 && firstField) form.setFocus(firstField);
  }, [reloadedWithTheirs, firstField, form]);

  const save = async (values: z.output<Schema>) => {
    setFailure(null);
    setReloadedWithTheirs(0);
    try {
      await submit(values);
      onClose('saved');
    } catch (error) {
      const current = error instanceof ConflictError && fromRecord?.schema.safeParse(error.current);
      if (error instanceof ConflictError && current && current.success && fromRecord) {
        setConflict({ theirs: fromRecord.toValues(current.data), mine: values, error });
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
            // What was merged is checked as the form checks it, then sent as the form sends it.
            const parsed = await schema.safeParseAsync(values);
            // The view stays, its buttons disabled, until the save settles: a second click
            // would send the same version again and meet this very save as "theirs".
            if (parsed.success) await save(parsed.data);
            else setFailure(parsed.error);
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
            {shownFields.map((spec) => (
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

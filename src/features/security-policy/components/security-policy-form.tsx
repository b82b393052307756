import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type InputHTMLAttributes } from 'react';
import { useController, useForm, type Control, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@server/contract/auth';
import { userRoles } from '@server/contract/domain';
import {
  securityPolicyBodySchema,
  securityPolicyFields,
  securityPolicySchema,
  type SecurityPolicy,
  type SecurityPolicySettings,
} from '@server/contract/security';
import { FieldErrorMessage, type FieldProblem } from '@/components/form/field-error-message';
import { FormAlert } from '@/components/form/form-alert';
import { applyServerFieldErrors } from '@/components/form/server-field-errors';
import { TextField } from '@/components/form/text-field';
import {
  useUpdateSecurityPolicy,
  type SecurityPolicyBody,
} from '@/features/security-policy/api/update-security-policy';
import { useFormatters } from '@/hooks/use-formatters';
import { ConflictError } from '@/lib/api-client';

type Setting = keyof SecurityPolicySettings;
type NumberSetting = {
  [Key in Setting]: SecurityPolicySettings[Key] extends number ? Key : never;
}[Setting];

/** The settings by what they are about, in the order the page shows them. */
const groups: { name: 'password' | 'secondFactor' | 'session' | 'audit'; settings: Setting[] }[] = [
  {
    name: 'password',
    settings: ['passwordMinLength', 'passwordMinClasses', 'passwordHistory', 'passwordMaxAgeDays'],
  },
  { name: 'secondFactor', settings: ['secondFactorRoles'] },
  {
    name: 'session',
    settings: ['sessionIdleMinutes', 'sessionLifetimeHours', 'singleSession', 'requestsPerMinute'],
  },
  { name: 'audit', settings: ['auditRetentionDays'] },
];

const settings = groups.flatMap((group) => group.settings);

function isNumberSetting(setting: Setting): setting is NumberSetting {
  return setting !== 'secondFactorRoles' && setting !== 'singleSession';
}

/** The contract's bounds, which the hints state: the page never says other numbers. */
function boundsOf(setting: NumberSetting) {
  const schema = securityPolicyFields[setting];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? 0 };
}

/** The form's values of a policy: its settings, and the version the next save builds on. */
function bodyOf({ updatedAt: _at, updatedBy: _by, ...body }: SecurityPolicy): SecurityPolicyBody {
  return body;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** After a 409: who saved, and what this user had entered that the policy now differs from. */
interface Conflict {
  savedBy: string | null;
  yours: { setting: Setting; mine: unknown; theirs: unknown }[];
}

export function SecurityPolicyForm({ policy }: { policy: SecurityPolicy }) {
  const { t } = useTranslation('security-policy');
  const format = useFormatters();
  const update = useUpdateSecurityPolicy();
  /** The policy the form was last set from: what the next save's version is. */
  const [base, setBase] = useState(policy);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const form = useForm<SecurityPolicyBody>({
    resolver: zodResolver(securityPolicyBodySchema),
    defaultValues: bodyOf(policy),
  });
  const { errors, isSubmitting } = form.formState;

  const startFrom = (next: SecurityPolicy) => {
    setBase(next);
    form.reset(bodyOf(next));
  };

  const onSubmit = form.handleSubmit(async (body) => {
    update.reset();
    setConflict(null);
    setSavedVersion(null);
    try {
      const saved = await update.mutateAsync(body);
      startFrom(saved);
      setSavedVersion(saved.version);
    } catch (error) {
      const current =
        error instanceof ConflictError && securityPolicySchema.safeParse(error.current);
      if (error instanceof ConflictError && current && current.success) {
        const theirs = current.data;
        // What this user changed that differs from what is stored now.
        const yours = settings
          .filter((setting) => !sameValue(body[setting], base[setting]))
          .filter((setting) => !sameValue(body[setting], theirs[setting]))
          .map((setting) => ({ setting, mine: body[setting], theirs: theirs[setting] }));
        setConflict({ savedBy: error.savedBy?.displayName ?? null, yours });
        update.reset();
        startFrom(theirs);
        return;
      }
      if (applyServerFieldErrors(error, settings, form.setError)) update.reset();
    }
  });

  const shown = (setting: Setting, value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('securityPolicy.yes') : t('securityPolicy.no');
    if (Array.isArray(value)) {
      const roles = (value as UserRole[]).map((role) =>
        t(`session.roles.${role}`, { ns: 'translation' }),
      );
      return roles.length > 0 ? format.list(roles) : t('securityPolicy.none');
    }
    return typeof value === 'number' ? format.number(value) : String(value);
  };

  return (
    <form className="policy-form" onSubmit={onSubmit} noValidate>
      <p className="policy-form__version">
        {base.updatedBy === null
          ? t('securityPolicy.unchanged', { version: base.version })
          : t('securityPolicy.versionBy', {
              version: base.version,
              when: format.dateTime(base.updatedAt),
              name: base.updatedBy,
            })}
      </p>
      {conflict && (
        <div className="form-alert" role="alert">
          <p>
            {t('securityPolicy.conflict.title', {
              name: conflict.savedBy ?? t('securityPolicy.conflict.someone'),
            })}
          </p>
          {conflict.yours.length > 0 && (
            <>
              <p>{t('securityPolicy.conflict.text')}</p>
              <ul>
                {conflict.yours.map(({ setting, mine, theirs }) => (
                  <li key={setting}>
                    {t('securityPolicy.conflict.yours', {
                      label: t(`securityPolicy.fields.${setting}.label`),
                      mine: shown(setting, mine),
                      theirs: shown(setting, theirs),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {update.error && <FormAlert error={update.error} />}

      {groups.map((group) => (
        <fieldset key={group.name} className="policy-form__group">
          <legend>{t(`securityPolicy.groups.${group.name}`)}</legend>
          <div className="policy-form__fields">
            {group.settings.map((setting) => {
              if (setting === 'secondFactorRoles') {
                return (
                  <RolesField
                    key={setting}
                    control={form.control}
                    error={errors.secondFactorRoles}
                  />
                );
              }
              if (setting === 'singleSession') {
                return (
                  <CheckboxField
                    key={setting}
                    label={t('securityPolicy.fields.singleSession.label')}
                    hint={t('securityPolicy.fields.singleSession.hint')}
                    error={errors.singleSession}
                    {...form.register('singleSession')}
                  />
                );
              }
              if (!isNumberSetting(setting)) return null;
              const { min, max } = boundsOf(setting);
              return (
                <TextField
                  key={setting}
                  label={t(`securityPolicy.fields.${setting}.label`)}
                  hint={t(`securityPolicy.fields.${setting}.hint`, { min, max })}
                  error={errors[setting]}
                  type="number"
                  inputMode="numeric"
                  min={min}
                  max={max}
                  step={1}
                  {...form.register(setting, { valueAsNumber: true })}
                />
              );
            })}
          </div>
        </fieldset>
      ))}

      <div className="policy-form__actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('securityPolicy.saving') : t('securityPolicy.save')}
        </button>
        {/* Always present, so screen readers announce the confirmation when it appears. */}
        <p className="policy-form__saved" role="status">
          {savedVersion !== null && t('securityPolicy.saved', { version: savedVersion })}
        </p>
      </div>
    </form>
  );
}

interface CheckboxFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint: string;
  error: FieldError | undefined;
}

/** A setting that is on or off: the box and its label on one line, the hint below. */
function CheckboxField({ label, hint, error, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="form-field">
      <label className="checkbox-label" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          aria-describedby={`${id}-hint${error ? ` ${id}-message` : ''}`}
          aria-invalid={error ? true : undefined}
          {...input}
        />
        <span className="form-field__label">{label}</span>
      </label>
      <p id={`${id}-hint`} className="form-field__hint">
        {hint}
      </p>
      <FieldErrorMessage id={`${id}-message`} error={error} />
    </div>
  );
}

/** The roles that must give a second factor, one box each, in the roles' own order. */
function RolesField({
  control,
  error,
}: {
  control: Control<SecurityPolicyBody>;
  /** A message about the list as a whole (a role the server does not know, say). */
  error: FieldProblem;
}) {
  const { t } = useTranslation('security-policy');
  const { t: tCommon } = useTranslation();
  const { field } = useController({ control, name: 'secondFactorRoles' });
  const id = useId();
  const toggle = (role: UserRole, on: boolean) =>
    field.onChange(userRoles.filter((each) => (each === role ? on : field.value.includes(each))));
  return (
    <fieldset
      className="policy-form__roles"
      aria-describedby={`${id}-hint${error ? ` ${id}-message` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <legend className="form-field__label">
        {t('securityPolicy.fields.secondFactorRoles.label')}
      </legend>
      <p id={`${id}-hint`} className="form-field__hint">
        {t('securityPolicy.fields.secondFactorRoles.hint')}
      </p>
      <ul className="policy-form__role-list">
        {userRoles.map((role) => (
          <li key={role}>
            <label className="checkbox-label">
              <input
                type="checkbox"
                name={field.name}
                checked={field.value.includes(role)}
                onChange={(event) => toggle(role, event.target.checked)}
                onBlur={field.onBlur}
              />
              {tCommon(`session.roles.${role}`)}
            </label>
          </li>
        ))}
      </ul>
      <FieldErrorMessage id={`${id}-message`} error={error} />
    </fieldset>
  );
}

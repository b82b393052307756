import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CITY_TIME_ZONE } from '@server/contract/city-time';
import type { SecurityEvent } from '@server/contract/security';
import type { DataTableColumn } from '@/components/data-table/data-table';

type AuditT = ReturnType<typeof useTranslation<'security-audit'>>['t'];

/** The security audit's columns; it is always newest first, so none sorts. */
export function useSecurityEventColumns(): DataTableColumn<SecurityEvent>[] {
  const { t, i18n } = useTranslation('security-audit');
  const language = i18n.language;
  return useMemo(() => {
    // To the second, on the city's clock: a security audit is read against other logs.
    const time = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: CITY_TIME_ZONE,
    });
    const columns: DataTableColumn<SecurityEvent>[] = [
      {
        id: 'at',
        header: t('securityAudit.columns.at'),
        cell: ({ row }) => (
          <time dateTime={row.original.at}>{time.format(new Date(row.original.at))}</time>
        ),
      },
      {
        id: 'type',
        header: t('securityAudit.columns.type'),
        cell: ({ row }) => t(`securityAudit.types.${row.original.type}`),
      },
      {
        id: 'result',
        header: t('securityAudit.columns.result'),
        cell: ({ row }) => (
          <span className={`security-event__result security-event__result--${row.original.result}`}>
            {t(`securityAudit.results.${row.original.result}`)}
          </span>
        ),
      },
      {
        id: 'actor',
        header: t('securityAudit.columns.actor'),
        cell: ({ row }) => actorOf(row.original, t),
      },
      {
        id: 'object',
        header: t('securityAudit.columns.object'),
        cell: ({ row }) => row.original.object ?? '—',
      },
      {
        id: 'address',
        header: t('securityAudit.columns.address'),
        cell: ({ row }) => row.original.clientAddress ?? '—',
      },
      {
        id: 'detail',
        header: t('securityAudit.columns.detail'),
        cell: ({ row }) => detailSummary(row.original.detail, t) || '—',
      },
    ];
    return columns.map((column) => ({ ...column, enableSorting: false }));
  }, [t, language]);
}

/** `li.ming（编辑者）`; a failed sign-in's typed name has no role, the system no name. */
function actorOf(event: SecurityEvent, t: AuditT): string {
  if (event.actor === null) return t('securityAudit.system');
  if (event.actorRole === null) return event.actor;
  return t('securityAudit.actorWithRole', {
    actor: event.actor,
    role: t(`session.roles.${event.actorRole}`),
  });
}

const detailNames = [
  'reason',
  'address',
  'cleared',
  'bytes',
  'rows',
  'format',
  'filters',
  'file',
  'before',
  'after',
  'role',
  'chainIds',
  'day',
  'notifications',
] as const;
const reasons = [
  'throttled',
  'unknown_user',
  'wrong_password',
  'disabled',
  'wrong_current_password',
] as const;

function isOneOf<const Values extends readonly string[]>(
  values: Values,
  value: unknown,
): value is Values[number] {
  return typeof value === 'string' && values.includes(value);
}

/**
 * The event's details on one line, `原因: 密码错误; 地址: …`: the usual ones in words, any other
 * by its own name, nested values as JSON.
 */
function detailSummary(detail: SecurityEvent['detail'], t: AuditT): string {
  return Object.entries(detail ?? {})
    .map(([name, value]) => {
      const label = isOneOf(detailNames, name) ? t(`securityAudit.detail.${name}`) : name;
      const text =
        name === 'reason' && isOneOf(reasons, value)
          ? t(`securityAudit.reasons.${value}`)
          : typeof value === 'string'
            ? value
            : JSON.stringify(value);
      return `${label}: ${text}`;
    })
    .join('; ');
}

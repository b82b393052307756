import { useTranslation } from 'react-i18next';
import { REPORT_DUE_SOON_DAYS } from '@server/contract/alerts';
import type { ReportSchedule } from '@server/contract/report-cadence';
import { useFormatters } from '@/hooks/use-formatters';
import { useReportPeriods } from '@/hooks/use-report-periods';
import { useCanEditChain } from '@/lib/auth';

/** The task force's reporting: cadence, next due date and the periods it missed. */
export function ReportScheduleDetails({ schedule }: { schedule: ReportSchedule }) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const periods = useReportPeriods();
  const dueOn = format.date(schedule.nextDueOn);
  return (
    <>
      <dt>{t('chains.taskForce.reportCadence')}</dt>
      <dd>{t(`reportCadence.${schedule.cadence}`)}</dd>
      <dt>{t('chains.taskForce.nextDueOn')}</dt>
      <dd>
        {schedule.current.filed ? t('chains.taskForce.currentFiled', { date: dueOn }) : dueOn}
      </dd>
      <dt>{t('chains.taskForce.missingReports')}</dt>
      <dd>
        {schedule.missing.length > 0
          ? t('chains.taskForce.missing', {
              count: schedule.missing.length,
              periods: periods.list(schedule.cadence, schedule.missing),
            })
          : t('chains.taskForce.noneMissing')}
      </dd>
    </>
  );
}

/**
 * Reminds the chain's editors — those who file its reports — when the current report is due
 * within REPORT_DUE_SOON_DAYS days and not filed, or when any are missing.
 */
export function ReportReminder({
  chainId,
  schedule,
}: {
  chainId: number;
  schedule: ReportSchedule;
}) {
  const { t } = useTranslation('chains');
  const canEdit = useCanEditChain(chainId);
  const format = useFormatters();
  const periods = useReportPeriods();
  const dueSoon = !schedule.current.filed && schedule.dueInDays <= REPORT_DUE_SOON_DAYS;
  const missing = schedule.missing.length > 0;
  if (!canEdit || (!dueSoon && !missing)) return null;
  return (
    <div className="report-reminder" role="status" aria-label={t('chains.taskForce.reminder')}>
      {dueSoon && (
        <p>{t('chains.taskForce.reminderDue', { date: format.date(schedule.nextDueOn) })}</p>
      )}
      {missing && (
        <p>
          {t('chains.taskForce.reminderMissing', {
            count: schedule.missing.length,
            periods: periods.list(schedule.cadence, schedule.missing),
          })}
        </p>
      )}
    </div>
  );
}

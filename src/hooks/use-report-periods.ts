import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCadence, ReportPeriod } from '@server/contract/report-cadence';

/** A calendar day read in UTC, so it never shifts with the viewer's time zone. */
const dayAt = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/**
 * Names reporting periods as people say them: "11月第1周" (a week by the month of its Monday and
 * which Monday of that month it is), a fortnight by its first and last day, "2026年11月".
 */
export function useReportPeriods() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const label = useCallback(
    (cadence: ReportCadence, period: ReportPeriod) => {
      const start = dayAt(period.startsOn);
      const month = start.getUTCMonth() + 1;
      const monthName = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
      // 'long': zh-CN writes 5月4日 (with 'numeric' it is 5/4), en-US May 4.
      const day = new Intl.DateTimeFormat(language, {
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      });
      if (cadence === 'weekly') {
        const week = Math.floor((start.getUTCDate() - 1) / 7) + 1;
        return t('reportPeriod.weekly', { month, week, monthName: monthName.format(start) });
      }
      if (cadence === 'biweekly') {
        return t('reportPeriod.biweekly', {
          from: day.format(start),
          to: day.format(dayAt(period.endsOn)),
        });
      }
      return t('reportPeriod.monthly', {
        year: start.getUTCFullYear(),
        month,
        monthName: monthName.format(start),
      });
    },
    [t, language],
  );
  const list = useCallback(
    (cadence: ReportCadence, periods: readonly ReportPeriod[]) =>
      periods.map((period) => label(cadence, period)).join(t('reportPeriod.separator')),
    [label, t],
  );
  return { label, list };
}

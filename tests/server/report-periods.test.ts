import { describe, expect, test } from 'vitest';
import { JUDGED_PERIODS, periodOf, reportSchedule } from '../../server/app/queries/report-periods';

describe('periodOf', () => {
  test('a week runs Monday to Sunday', () => {
    // 2026-11-01 is a Sunday, 2026-11-02 a Monday.
    expect(periodOf('weekly', '2026-11-01')).toEqual({
      startsOn: '2026-10-26',
      endsOn: '2026-11-01',
    });
    expect(periodOf('weekly', '2026-11-02')).toEqual({
      startsOn: '2026-11-02',
      endsOn: '2026-11-08',
    });
    expect(periodOf('weekly', '2026-11-08')).toEqual({
      startsOn: '2026-11-02',
      endsOn: '2026-11-08',
    });
  });

  test('a week crosses the year end', () => {
    // 2026-12-31 is a Thursday.
    expect(periodOf('weekly', '2027-01-03')).toEqual({
      startsOn: '2026-12-28',
      endsOn: '2027-01-03',
    });
  });

  test('two-week periods start on the Mondays an even number of weeks from 2024-01-01', () => {
    expect(periodOf('biweekly', '2024-01-01')).toEqual({
      startsOn: '2024-01-01',
      endsOn: '2024-01-14',
    });
    expect(periodOf('biweekly', '2024-01-14')).toEqual({
      startsOn: '2024-01-01',
      endsOn: '2024-01-14',
    });
    expect(periodOf('biweekly', '2024-01-15')).toEqual({
      startsOn: '2024-01-15',
      endsOn: '2024-01-28',
    });
    // 2026-11-02 is 148 weeks after the anchor: a period starts there and the week before
    // belongs to the previous one.
    expect(periodOf('biweekly', '2026-11-08')).toEqual({
      startsOn: '2026-11-02',
      endsOn: '2026-11-15',
    });
    expect(periodOf('biweekly', '2026-11-01')).toEqual({
      startsOn: '2026-10-19',
      endsOn: '2026-11-01',
    });
    // Before the anchor the periods go on in the same rhythm.
    expect(periodOf('biweekly', '2023-12-31')).toEqual({
      startsOn: '2023-12-18',
      endsOn: '2023-12-31',
    });
  });

  test('a month ends on its last day, February on the 29th in a leap year', () => {
    expect(periodOf('monthly', '2024-02-10')).toEqual({
      startsOn: '2024-02-01',
      endsOn: '2024-02-29',
    });
    expect(periodOf('monthly', '2026-02-28')).toEqual({
      startsOn: '2026-02-01',
      endsOn: '2026-02-28',
    });
    expect(periodOf('monthly', '2026-03-01')).toEqual({
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
    });
    expect(periodOf('monthly', '2026-12-31')).toEqual({
      startsOn: '2026-12-01',
      endsOn: '2026-12-31',
    });
    expect(periodOf('monthly', '2100-02-01').endsOn).toBe('2100-02-28');
    expect(periodOf('monthly', '2000-02-01').endsOn).toBe('2000-02-29');
  });
});

describe('reportSchedule', () => {
  test('the current period is due on its last day until a report is filed in it', () => {
    // Saturday 2026-11-14: the week ends tomorrow.
    const open = reportSchedule('weekly', '2026-11-14', ['2026-11-06']);
    expect(open.current).toEqual({ startsOn: '2026-11-09', endsOn: '2026-11-15', filed: false });
    expect(open.nextDueOn).toBe('2026-11-15');
    expect(open.dueInDays).toBe(1);
    expect(open.missing).toEqual([]);

    const filed = reportSchedule('weekly', '2026-11-14', ['2026-11-06', '2026-11-09']);
    expect(filed.current.filed).toBe(true);
    expect(filed.nextDueOn).toBe('2026-11-22');
    expect(filed.dueInDays).toBe(8);
  });

  test('ended periods without a report are missing, oldest first', () => {
    const schedule = reportSchedule('weekly', '2026-11-18', ['2026-10-29']);
    expect(schedule.missing).toEqual([
      { startsOn: '2026-11-02', endsOn: '2026-11-08' },
      { startsOn: '2026-11-09', endsOn: '2026-11-15' },
    ]);
  });

  test('a report on a Sunday counts for the week that ends then, one on Monday for the next', () => {
    expect(reportSchedule('weekly', '2026-11-10', ['2026-11-01']).missing).toEqual([
      { startsOn: '2026-11-02', endsOn: '2026-11-08' },
    ]);
    expect(reportSchedule('weekly', '2026-11-10', ['2026-11-01', '2026-11-02']).missing).toEqual(
      [],
    );
  });

  test('a month-end report fills its month and not the next', () => {
    const schedule = reportSchedule('monthly', '2024-03-05', ['2024-01-31']);
    expect(schedule.missing).toEqual([{ startsOn: '2024-02-01', endsOn: '2024-02-29' }]);
    expect(schedule.nextDueOn).toBe('2024-03-31');
    expect(reportSchedule('monthly', '2024-03-05', ['2024-01-31', '2024-02-29']).missing).toEqual(
      [],
    );
  });

  test('nothing is missing before the period of the first report, and at most the last eight', () => {
    expect(reportSchedule('monthly', '2026-11-18', []).missing).toEqual([]);
    const longAgo = reportSchedule('weekly', '2026-11-18', ['2025-01-01']);
    expect(longAgo.missing).toHaveLength(JUDGED_PERIODS);
    expect(longAgo.missing[0]).toEqual({ startsOn: '2026-09-21', endsOn: '2026-09-27' });
    expect(longAgo.missing.at(-1)).toEqual({ startsOn: '2026-11-09', endsOn: '2026-11-15' });
    // The first report's period (10-05 to 10-18) is judged and filed; the ones before it are not.
    const recent = reportSchedule('biweekly', '2026-11-18', ['2026-10-07']);
    expect(recent.missing).toEqual([
      { startsOn: '2026-10-19', endsOn: '2026-11-01' },
      { startsOn: '2026-11-02', endsOn: '2026-11-15' },
    ]);
  });
});

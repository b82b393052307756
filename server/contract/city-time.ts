/** The city's clock: dates such as deadlines and "today" are Chinese calendar days. */
export const CITY_TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: CITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The city's calendar day at `instant`, as `YYYY-MM-DD`. */
export function cityDay(instant: Date): string {
  return dayFormat.format(instant);
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: CITY_TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour of the city's day at `instant`, 0 to 23. */
export function cityHour(instant: Date): number {
  return Number(hourFormat.format(instant));
}

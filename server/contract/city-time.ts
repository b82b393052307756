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

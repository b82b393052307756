import { CITY_TIME_ZONE } from '../../contract/city-time';
import type { CellType, CellValue } from './columns';

const cityClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: CITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The city's wall-clock time of `instant` as a Date whose UTC fields carry it: spreadsheets have
 * no time zones, and exceljs writes a Date's UTC fields, so the cell shows the city's time.
 */
export function cityWallClock(instant: Date): Date {
  const part = Object.fromEntries(
    cityClock.formatToParts(instant).map(({ type, value }) => [type, Number(value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return new Date(
    Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second),
  );
}

/** A calendar day (`YYYY-MM-DD`, or a Date read as its UTC day) as a Date at UTC midnight. */
export function dayAsDate(value: string | Date): Date {
  if (value instanceof Date) {
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
}

/** The value as a spreadsheet cell holds it: numbers stay numbers, days and instants are Dates. */
export function toWorkbookValue(type: CellType, value: CellValue): CellValue {
  if (value === null || value === '') return null;
  switch (type) {
    case 'date':
      return typeof value === 'number' ? value : dayAsDate(value);
    case 'datetime':
      return value instanceof Date ? cityWallClock(value) : value;
    case 'integer':
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
        ? Number(value)
        : value;
    case 'text':
      return value instanceof Date ? value.toISOString() : String(value);
  }
}

/** The value as CSV text: `YYYY-MM-DD` days, `YYYY-MM-DD HH:mm:ss` city times, numbers as numbers. */
export function toCsvValue(type: CellType, value: CellValue): string | number | null {
  const cell = toWorkbookValue(type, value);
  if (!(cell instanceof Date)) return cell;
  const iso = cell.toISOString();
  return type === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

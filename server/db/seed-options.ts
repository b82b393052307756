import { parseArgs } from 'node:util';

export const MAX_SCALE = 100;

const USAGE = 'usage: npm run db:seed -- --scale N [--reset]';

export interface SeedOptions {
  /** How many times the sample city: a whole number from 1 to MAX_SCALE. */
  scale: number;
  /** Drop whatever the database holds first; without it a database with data is refused. */
  reset: boolean;
}

/** Reads `--scale N [--reset]`; throws an Error whose message tells the user what to type. */
export function parseSeedOptions(args: string[]): SeedOptions {
  let values: { scale?: string; reset?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { scale: { type: 'string' }, reset: { type: 'boolean', default: false } },
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}; ${USAGE}`, { cause: error });
  }
  const scale = Number(values.scale);
  if (values.scale === undefined || !/^\d+$/.test(values.scale) || scale < 1 || scale > MAX_SCALE) {
    throw new Error(
      `--scale must be a whole number from 1 to ${MAX_SCALE} (got ${values.scale ?? 'nothing'}); ${USAGE}`,
    );
  }
  return { scale, reset: values.reset ?? false };
}

import { eq } from 'drizzle-orm';
import { indicatorPeriodLocks } from '../../../db/schema';
import { authorise } from '../../auth/permissions';
import { kind } from './support';

/**
 * A quarter's lock, city-wide: an administrator's reopening (until a day) or relocking, with
 * the reason. Of no chain; only a holder of `unlock_indicator_periods` writes it.
 */
export const indicatorPeriodKind = kind({
  type: 'indicator_period',
  table: indicatorPeriodLocks,
  where: (entityId) => eq(indicatorPeriodLocks.period, entityId),
  entityIdOf: (row) => row.period,
  chainIdOf: () => null,
  authorise: (user) => authorise(user, 'unlock_indicator_periods'),
  authoriseCreate: (user) => authorise(user, 'unlock_indicator_periods'),
  identity: ['period'],
  fields: ['reopenedUntil', 'reason'],
});

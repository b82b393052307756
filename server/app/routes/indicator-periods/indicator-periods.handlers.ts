import { cityToday, type AppRouteHandler } from '../../context';
import { loadIndicatorPeriods } from './indicator-periods.queries';
import type * as routes from './indicator-periods.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const today = cityToday(c);
  const graceDays = c.var.indicatorLockAfterDays;
  const periods = await loadIndicatorPeriods(c.var.db, today, graceDays);
  return c.json({ today, graceDays, periods }, 200);
};

import { indicatorValues } from '../../db/schema';

/** One period's figure with what it is judged against: everything a rating needs. */
export const ratedValueColumns = {
  indicatorId: indicatorValues.indicatorId,
  period: indicatorValues.period,
  value: indicatorValues.value,
  target: indicatorValues.target,
  warningThreshold: indicatorValues.warningThreshold,
  excellentThreshold: indicatorValues.excellentThreshold,
};

import { ratedValueColumns } from '../../queries/indicator-values';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Indicator } from '../../../contract/indicators';
import { rateIndicator } from '../../../contract/indicator-rating';
import type { Database } from '../../../db/database';
import { departments, indicators, indicatorValues, users } from '../../../db/schema';
import { editableColumns, editableFields } from '../../queries/editable';
import { groupBy } from '../../queries/group';
import { refColumns } from '../../queries/refs';

/** A chain's indicators, each with every period's value (oldest first) rated. */
export async function loadChainIndicators(db: Database, chainId: number): Promise<Indicator[]> {
  const [definitions, values] = await Promise.all([
    db
      .select({
        id: indicators.id,
        code: indicators.code,
        name: indicators.name,
        nameEn: indicators.nameEn,
        unit: indicators.unit,
        direction: indicators.direction,
        frequency: indicators.frequency,
        source: indicators.source,
        ownerDepartment: refColumns(departments),
        isKey: indicators.isKey,
        sortOrder: indicators.sortOrder,
        ...editableColumns(indicators),
      })
      .from(indicators)
      .leftJoin(departments, eq(indicators.ownerDepartmentId, departments.id))
      .where(eq(indicators.chainId, chainId))
      .orderBy(asc(indicators.sortOrder), asc(indicators.id)),
    db
      .select({
        id: indicatorValues.id,
        ...ratedValueColumns,
        asOf: indicatorValues.asOf,
        source: indicatorValues.source,
        enteredByUsername: users.username,
        enteredByName: users.displayName,
        enteredAt: indicatorValues.enteredAt,
        ...editableColumns(indicatorValues),
      })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicatorValues.indicatorId, indicators.id))
      .leftJoin(users, eq(indicatorValues.enteredBy, users.id))
      .where(and(eq(indicators.chainId, chainId), isNull(indicatorValues.withdrawnAt)))
      // `2026Q1` sorts as text in time order.
      .orderBy(asc(indicatorValues.period)),
  ]);
  const valuesByIndicator = groupBy(values, (value) => value.indicatorId);
  return definitions.map((indicator) => ({
    ...indicator,
    ...editableFields(indicator),
    values: (valuesByIndicator.get(indicator.id) ?? []).map((value) => ({
      id: value.id,
      period: value.period,
      value: value.value,
      target: value.target,
      warningThreshold: value.warningThreshold,
      excellentThreshold: value.excellentThreshold,
      rating: rateIndicator({ direction: indicator.direction, ...value }),
      asOf: value.asOf,
      source: value.source,
      enteredBy:
        value.enteredByUsername === null || value.enteredByName === null
          ? null
          : { username: value.enteredByUsername, displayName: value.enteredByName },
      enteredAt: value.enteredAt?.toISOString() ?? null,
      ...editableFields(value),
    })),
  }));
}

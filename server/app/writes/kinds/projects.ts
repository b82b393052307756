import { eq } from 'drizzle-orm';
import { firms, parks, projects } from '../../../db/schema';
import type { WriteContext } from '../entity';
import { cityDay } from '../../../contract/city-time';
import { kind, mustExist, numericId } from './support';

async function checkProjectRefs({ tx }: WriteContext, values: Record<string, unknown>) {
  await mustExist(tx, parks, 'parkId', values.parkId, 'names no park');
  await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
}

export const projectKind = kind({
  type: 'project',
  table: projects,
  where: (entityId) => eq(projects.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'name',
    'parkId',
    'firmId',
    'origin',
    'investmentYi',
    'stage',
    'signedOn',
    'startedOn',
    'productionOn',
    'plannedProductionOn',
    'progress',
    'withdrawnAt',
  ],
  // The progress date is the day of the latest edit, by the city's calendar.
  stamp: ({ now }) => ({ progressUpdatedOn: cityDay(now) }),
  check: checkProjectRefs,
});

import { eq } from 'drizzle-orm';
import { campaigns, firms, parks, projects } from '../../../db/schema';
import type { WriteContext } from '../entity';
import { cityDay } from '../../../contract/city-time';
import { linkOfChain } from './chain-links';
import { kind, mustExist, nameSortKeyOf, numericId } from './support';

type ProjectRow = typeof projects.$inferSelect;

async function checkProjectRefs(
  { tx }: WriteContext,
  values: Record<string, unknown>,
  { chainId, row }: { chainId: number | null; row?: ProjectRow },
) {
  await mustExist(tx, parks, 'parkId', values.parkId, 'names no park');
  await mustExist(tx, firms, 'firmId', values.firmId, 'names no firm');
  // A link withdrawn after the project named it stays named; a newly named one must be live.
  const freshLink = row?.linkId !== values.linkId;
  await linkOfChain(tx, 'linkId', values.linkId, chainId, freshLink);
  await mustExist(tx, campaigns, 'campaignId', values.campaignId, 'names no campaign');
}

export const projectKind = kind({
  type: 'project',
  table: projects,
  derive: nameSortKeyOf,
  where: (entityId) => eq(projects.id, numericId(entityId)),
  entityIdOf: (row) => String(row.id),
  chainIdOf: (row) => row.chainId,
  identity: ['id', 'chainId'],
  fields: [
    'name',
    'parkId',
    'firmId',
    'origin',
    'linkId',
    'campaignId',
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

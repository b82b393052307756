import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { LeadAction } from '../../../contract/domain';
import { leadCreateSchema } from '../../../contract/investment-writes';
import {
  campaignChains,
  campaigns,
  chainLinks,
  leads,
  targetFirms,
  taskForceMembers,
} from '../../../db/schema';
import { leadActionLabels, leadStageLabels } from '../../sheets/columns/labels';
import { leadColumns } from '../../sheets/columns/leads';
import { leadKind, strengthsFor } from '../../writes/kinds/leads';
import { projectOfSignedLead } from '../../writes/lead-signing';
import type { Transaction } from '../../writes/transaction';
import { readChoice, readDate, readNumber, readText } from '../cells';
import { inChunks } from '../chunks';
import {
  addExisting,
  type CellProblem,
  existingRecord,
  type ExistingRecord,
  importColumns,
  type ImportKindSpec,
  type Values,
} from '../import-kind';
import {
  type InvestmentReferences,
  NameIndex,
  type Named,
  readReference,
  type References,
} from '../references';
import { chainColumn, chainKey } from './chain-column';

function investmentOf(references: References): InvestmentReferences {
  if (!references.investment) throw new Error('The leads import reads the 招商 references');
  return references.investment;
}

/** Per chain: one name index of the records `chainIdOf` puts in each chain. */
function byChain<T extends Named>(records: readonly (T & { chainId: number })[]) {
  const lists = new Map<number, T[]>();
  for (const record of records)
    lists.set(record.chainId, [...(lists.get(record.chainId) ?? []), record]);
  return new Map([...lists].map(([chainId, list]) => [chainId, new NameIndex(list)]));
}

/** The name of a record kept in per-chain indexes, by its id alone. */
function labelIn(indexes: ReadonlyMap<number, NameIndex>, id: unknown): string | null {
  if (typeof id !== 'number') return null;
  for (const index of indexes.values()) if (index.byId.has(id)) return index.labelOf(id);
  return String(id);
}

async function loadInvestmentReferences(tx: Transaction): Promise<Partial<References>> {
  // One after another: a transaction's queries share one connection.
  const linkRows = await tx.select().from(chainLinks);
  const memberRows = await tx
    .select({
      id: taskForceMembers.id,
      chainId: taskForceMembers.chainId,
      name: taskForceMembers.name,
    })
    .from(taskForceMembers);
  const firmRows = await tx.select().from(targetFirms);
  const campaignRows = await tx.select().from(campaigns);
  const coverage = await tx.select().from(campaignChains);
  return {
    investment: {
      links: byChain(
        linkRows.map((link) => ({
          id: link.id,
          chainId: link.chainId,
          names: [link.name, link.nameEn ?? ''],
          label: link.name,
          strength: link.strength,
          withdrawn: link.withdrawnAt !== null,
        })),
      ),
      members: byChain(
        memberRows.map((member) => ({ ...member, names: [member.name], label: member.name })),
      ),
      targetFirms: new NameIndex(
        firmRows.map((firm) => ({
          id: firm.id,
          names: [firm.name, firm.nameEn ?? '', firm.creditCode ?? ''],
          label: firm.name,
          withdrawn: firm.withdrawnAt !== null,
        })),
      ),
      campaigns: new NameIndex(
        campaignRows.map((campaign) => ({
          id: campaign.id,
          names: [campaign.name, campaign.nameEn ?? ''],
          label: campaign.name,
          chainIds: new Set(
            coverage.filter((row) => row.campaignId === campaign.id).map((row) => row.chainId),
          ),
        })),
      ),
    },
  };
}

const columns = importColumns(leadColumns, {
  chain: chainColumn(true),
  targetFirm: {
    field: 'targetFirmId',
    required: true,
    example: (sample) => sample.targetFirm,
    read: (cell, references) => readReference(cell, investmentOf(references).targetFirms),
    show: (value, references) =>
      investmentOf(references).targetFirms.labelOf(value as number | null),
  },
  link: {
    // A link's name means a link only within the row's chain: `resolve` finds it.
    fields: ['linkId'],
    required: true,
    example: (sample) => sample.gapLink,
    read: readText,
    show: (_value, references, values) => labelIn(investmentOf(references).links, values.linkId),
  },
  action: {
    required: true,
    example: '补链',
    read: (cell) => readChoice(cell, leadActionLabels),
  },
  owner: {
    // A member of the chain's task force or a department, by name.
    fields: ['ownerMemberId', 'ownerDepartmentId'],
    required: true,
    example: (sample) => sample.department,
    read: readText,
    show: (_value, references, values) =>
      typeof values.ownerMemberId === 'number'
        ? labelIn(investmentOf(references).members, values.ownerMemberId)
        : references.departments.labelOf((values.ownerDepartmentId as number | null) ?? null),
  },
  stage: {
    required: true,
    example: '线索',
    read: (cell) => readChoice(cell, leadStageLabels),
  },
  identifiedOn: { required: true, example: '2026-11-02', read: readDate },
  contactedOn: { required: false, example: '', read: readDate },
  visitedOn: { required: false, example: '', read: readDate },
  negotiatingOn: { required: false, example: '', read: readDate },
  signedOn: { required: false, example: '', read: readDate },
  droppedOn: { required: false, example: '', read: readDate },
  dropReason: { required: false, example: '', read: readText },
  expectedInvestmentYi: { required: false, example: 5, read: readNumber },
  nextStep: { required: false, example: '安排首次接洽', read: readText },
  nextStepDueOn: { required: false, example: '2026-12-15', read: readDate },
  campaign: {
    field: 'campaignId',
    required: false,
    example: '',
    read: (cell, references) => readReference(cell, investmentOf(references).campaigns),
    show: (value, references) => investmentOf(references).campaigns.labelOf(value as number | null),
  },
  note: { required: false, example: '', read: readText },
});

/** The link and owner named within the row's chain, and a campaign that covers that chain. */
function resolveLead(values: Values, references: References) {
  const investment = investmentOf(references);
  const chainId = values.chainId as number | null;
  const problem = (column: string, code: string, params?: Record<string, string | number>) => ({
    problem: { column, code, ...(params ? { params } : {}) } satisfies CellProblem,
  });
  if (chainId === null) return problem('chainId', 'required');
  const linkName = values.link as string | null;
  if (linkName === null) return problem('link', 'required');
  const link = investment.links.get(chainId)?.find(linkName);
  if (!link?.ok || !link.value) {
    return problem('link', link && !link.ok ? link.code : 'unknown_reference', { value: linkName });
  }
  const ownerName = values.owner as string | null;
  if (ownerName === null) return problem('owner', 'required');
  const member = investment.members.get(chainId)?.find(ownerName);
  const department = references.departments.find(ownerName);
  const asMember = member?.ok ? member.value : null;
  const asDepartment = department.ok ? department.value : null;
  if (asMember && asDepartment)
    return problem('owner', 'ambiguous_reference', { value: ownerName });
  if (!asMember && !asDepartment) {
    const ambiguous =
      (member && !member.ok && member.code === 'ambiguous_reference') ||
      (!department.ok && department.code === 'ambiguous_reference');
    return problem('owner', ambiguous ? 'ambiguous_reference' : 'unknown_reference', {
      value: ownerName,
    });
  }
  const campaignId = values.campaignId as number | null;
  if (campaignId !== null && !investment.campaigns.byId.get(campaignId)?.chainIds.has(chainId)) {
    return problem('campaignId', 'invalid', { message: 'is not a campaign for this chain' });
  }
  return {
    values: {
      ...values,
      linkId: link.value.id,
      ownerMemberId: asMember?.id ?? null,
      ownerDepartmentId: asDepartment?.id ?? null,
    },
  };
}

/** A sheet names no project: the row is checked as naming none (signing makes it). */
const leadRowSchema = z.preprocess(
  (raw) => ({ ...(raw as object), projectId: null }),
  leadCreateSchema,
);

const leadKeyOf = (chainId: number, targetFirmId: number, linkId: number) =>
  chainKey(chainId, String(targetFirmId), String(linkId));

/**
 * Leads match on their chain, target firm and link. A row that reaches 签约 makes its project
 * as the lead form does (`beforeWrite`); one that leaves 签约 lets go of its project.
 */
export const leadImport: ImportKindSpec = {
  name: 'leads',
  entity: leadKind as never,
  sheetColumns: leadColumns as never,
  columns,
  loadReferences: loadInvestmentReferences,
  resolve: resolveLead,
  schema: leadRowSchema as never,
  toRecord(values, references) {
    const chainId = values.chainId as number;
    const targetFirmId = values.targetFirmId as number;
    const linkId = values.linkId as number;
    const investment = investmentOf(references);
    const rowValues = Object.fromEntries(
      Object.entries(values).filter(([field]) => field !== 'projectId'),
    );
    return {
      record: {
        key: leadKeyOf(chainId, targetFirmId, linkId),
        keyLabel: [
          references.chains.labelOf(chainId),
          investment.targetFirms.labelOf(targetFirmId),
          labelIn(investment.links, linkId),
        ].join(' · '),
        chainIds: [chainId],
        identity: { chainId },
        values: rowValues,
      },
    };
  },
  async loadExisting(tx, records) {
    const found = new Map<string, ExistingRecord | null>();
    const chainIds = [...new Set(records.map((record) => record.identity.chainId as number))];
    await inChunks(chainIds, 5000, async (chunk) => {
      const rows = await tx.select().from(leads).where(inArray(leads.chainId, chunk));
      for (const row of rows) {
        const record = existingRecord(leadKind as never, row, [row.chainId]);
        addExisting(found, leadKeyOf(row.chainId, row.targetFirmId, row.linkId), record);
      }
    });
    return found;
  },
  checkRecord(record, stored, references) {
    // The chain, firm and link are the key: a stored lead's never change, so only a new
    // lead is judged on them, as the form judges a lead when it is made or re-aimed.
    const investment = investmentOf(references);
    const linkId = record.values.linkId as number;
    const link = [...investment.links.values()]
      .find((index) => index.byId.has(linkId))
      ?.byId.get(linkId);
    const firm = investment.targetFirms.byId.get(record.values.targetFirmId as number);
    const invalid = (column: string, message: string) => ({
      column,
      code: 'invalid',
      params: { message },
    });
    if (!stored && link?.withdrawn) return invalid('link', 'names a withdrawn link');
    if (!stored && firm?.withdrawn) return invalid('targetFirmId', 'names a withdrawn target firm');
    const action = record.values.action as LeadAction;
    if (link && (!stored || stored.values.action !== action)) {
      if (!strengthsFor[action].includes(link.strength)) {
        return invalid('action', `does not fit a ${link.strength} link`);
      }
    }
    return null;
  },
  async beforeWrite(context, plan) {
    const leadsToWrite = [
      ...plan.inserts.map((record) => ({ record, stored: {} as Values })),
      ...plan.updates.map(({ record, existing }) => ({ record, stored: existing.values })),
    ];
    for (const { record, stored } of leadsToWrite) {
      const lead: Values = { ...stored, ...record.values, chainId: record.identity.chainId };
      const projectId = (stored.projectId as number | null | undefined) ?? null;
      if (lead.stage === 'signed') {
        record.values.projectId = await projectOfSignedLead(context, {
          ...lead,
          projectId,
        } as never);
      } else if (projectId !== null) {
        record.values.projectId = null;
      }
    }
  },
};

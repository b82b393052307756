import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STALLED_LEAD_DAYS } from '../../server/contract/alerts';
import { cityDay } from '../../server/contract/city-time';
import { isCreditCode } from '../../server/contract/firms';
import { leadCreateSchema } from '../../server/contract/investment-writes';
import { addDays } from '../../server/db/sample/dates';
import * as schema from '../../server/db/schema';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { createTestDatabase, engines, type TestDatabase } from '../support/test-database';

/*
 * 补链招商 in the sample city, read straight from the database (the routes are not needed to
 * check what the sample holds): the article's six campaigns and 168 signed projects as signed
 * leads, a pipeline on every chain's gaps, and the leader firms' supply lists.
 */

const CAMPAIGN_CITIES = ['厦门', '东莞', '苏州', '佛山', '无锡', '宁波'];
const OPEN = ['identified', 'contacted', 'visited', 'negotiating'];
const cents = (yi: number | null) => Math.round((yi ?? 0) * 100);

describe.each(engines)('the sample’s 补链招商 on %s', (engine) => {
  let database: TestDatabase;
  let city: Awaited<ReturnType<typeof readCity>>;

  async function readCity() {
    const { db } = database;
    const active = <T extends { withdrawnAt: Date | null }>(rows: T[]) =>
      rows.filter((row) => row.withdrawnAt === null);
    return {
      campaigns: active(await db.select().from(schema.campaigns)),
      campaignChains: await db.select().from(schema.campaignChains),
      leads: active(await db.select().from(schema.leads)),
      projects: active(await db.select().from(schema.projects)),
      links: await db.select().from(schema.chainLinks),
      chains: await db.select().from(schema.chains),
      members: await db.select().from(schema.taskForceMembers),
      leaderFirms: await db.select().from(schema.chainLeaderFirms),
      supplyItems: active(await db.select().from(schema.supplyItems)),
      targetFirms: active(await db.select().from(schema.targetFirms)),
      targetFirmChains: await db.select().from(schema.targetFirmChains),
      targetFirmLinks: await db.select().from(schema.targetFirmLinks),
      firms: await db.select({ name: schema.firms.name }).from(schema.firms),
    };
  }

  beforeAll(async () => {
    database = await createTestDatabase(engine, { sample: true });
    city = await readCity();
  }, 60_000);
  afterAll(() => database.close());

  const linkOf = (id: number) => city.links.find((link) => link.id === id);

  test('has the article’s six 三推 campaigns, in the past, each for several chains', () => {
    expect(city.campaigns.map((campaign) => campaign.city).sort()).toEqual(
      [...CAMPAIGN_CITIES].sort(),
    );
    for (const campaign of city.campaigns) {
      expect(campaign.name).toContain(campaign.city);
      expect(campaign.nameEn).toBeTruthy();
      expect(campaign.cityEn).toBeTruthy();
      expect(campaign.startsOn <= campaign.endsOn).toBe(true);
      expect(campaign.endsOn < SAMPLE_TODAY).toBe(true);
      const chains = city.campaignChains.filter((row) => row.campaignId === campaign.id);
      expect(chains.length).toBeGreaterThanOrEqual(5);
    }
  });

  test('makes the 168 招商 projects, worth exactly 2,024.55 亿元, the signed leads of those campaigns', () => {
    const signed = city.leads.filter((lead) => lead.stage === 'signed');
    const promotion = city.projects.filter((project) => project.origin === 'investment_promotion');
    expect(signed).toHaveLength(168);
    expect(promotion).toHaveLength(168);
    const projectIds = new Set(signed.map((lead) => lead.projectId));
    expect(projectIds.size).toBe(168);
    expect([...projectIds].sort()).toEqual(promotion.map((project) => project.id).sort());

    for (const lead of signed) {
      const project = promotion.find((candidate) => candidate.id === lead.projectId);
      const campaign = city.campaigns.find((candidate) => candidate.id === lead.campaignId);
      expect(project, `lead ${lead.id}`).toBeDefined();
      expect(campaign, `lead ${lead.id}`).toBeDefined();
      if (!project || !campaign) continue;
      expect(project).toMatchObject({
        chainId: lead.chainId,
        linkId: lead.linkId,
        campaignId: lead.campaignId,
        signedOn: lead.signedOn,
      });
      expect(cents(lead.expectedInvestmentYi)).toBe(cents(project.investmentYi));
      expect(campaign.startsOn <= project.signedOn).toBe(true);
      expect(
        city.campaignChains.some(
          (row) => row.campaignId === campaign.id && row.chainId === lead.chainId,
        ),
      ).toBe(true);
    }
    const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
    expect(total(promotion.map((project) => cents(project.investmentYi)))).toBe(202_455);
    expect(total(signed.map((lead) => cents(lead.expectedInvestmentYi)))).toBe(202_455);
  });

  test('writes every lead by the rules: its stage and dates, its owner, an action its link allows', () => {
    const allowed: Record<string, string[]> = {
      strong: ['strengthen'],
      weak: ['fill'],
      missing: ['fill', 'extend'],
    };
    for (const lead of city.leads) {
      const parsed = leadCreateSchema.safeParse(lead);
      expect(parsed.success ? [] : parsed.error.issues, `lead ${lead.id}`).toEqual([]);
      const link = linkOf(lead.linkId);
      expect(link?.chainId, `lead ${lead.id}`).toBe(lead.chainId);
      expect(allowed[link?.strength ?? '']).toContain(lead.action);
      if (lead.ownerMemberId !== null) {
        const member = city.members.find((candidate) => candidate.id === lead.ownerMemberId);
        expect(member?.chainId, `lead ${lead.id}`).toBe(lead.chainId);
      }
      const firmChains = city.targetFirmChains.filter(
        (row) => row.targetFirmId === lead.targetFirmId,
      );
      expect(firmChains.map((row) => row.chainId)).toContain(lead.chainId);
      expect(lead.updatedBy).toBe('sample');
      expect(lead.version).toBe(1);
      expect(cityDay(lead.updatedAt) <= SAMPLE_TODAY).toBe(true);
    }
  });

  test('has an open pipeline on the weak and missing links of every chain, and dropped leads', () => {
    expect(city.chains).toHaveLength(12);
    for (const chain of city.chains) {
      const leads = city.leads.filter((lead) => lead.chainId === chain.id);
      const open = leads.filter(
        (lead) => OPEN.includes(lead.stage) && linkOf(lead.linkId)?.strength !== 'strong',
      );
      expect(open.length, chain.name).toBeGreaterThanOrEqual(8);
      expect(open.length, chain.name).toBeLessThanOrEqual(20);
      expect(new Set(open.map((lead) => lead.stage)).size, chain.name).toBeGreaterThanOrEqual(3);
      const dropped = leads.filter((lead) => lead.stage === 'dropped');
      expect(dropped.length, chain.name).toBeGreaterThanOrEqual(1);
      for (const lead of dropped) expect(lead.dropReason).toBeTruthy();
    }
  });

  test('has stalled leads and overdue next steps among the open ones', () => {
    const open = city.leads.filter((lead) => OPEN.includes(lead.stage));
    const stalledBefore = addDays(SAMPLE_TODAY, -STALLED_LEAD_DAYS);
    const stalled = open.filter((lead) => cityDay(lead.updatedAt) < stalledBefore);
    expect(stalled.length).toBeGreaterThanOrEqual(5);
    expect(stalled.length).toBeLessThan(open.length / 3);
    const overdue = open.filter((lead) => lead.nextStepDueOn && lead.nextStepDueOn < SAMPLE_TODAY);
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    expect(open.some((lead) => lead.nextStepDueOn && lead.nextStepDueOn >= SAMPLE_TODAY)).toBe(
      true,
    );
    expect(open.some((lead) => lead.campaignId !== null)).toBe(true);
  });

  test('gives every chain-leader firm a supply list of 4–8 items on its chain’s links', () => {
    expect(city.leaderFirms.length).toBeGreaterThan(0);
    for (const leader of city.leaderFirms) {
      const items = city.supplyItems.filter((item) => item.chainId === leader.chainId);
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.length).toBeLessThanOrEqual(8);
      for (const item of items) {
        expect(linkOf(item.linkId)?.chainId).toBe(leader.chainId);
        expect(item.annualPurchaseYi).toBeGreaterThan(0);
      }
    }
    const outside = city.supplyItems.filter((item) => item.localSharePercent < 40);
    expect(outside.length).toBeGreaterThan(city.supplyItems.length / 2);
  });

  test('courts target firms outside the city, some found on a supply list', () => {
    const cityNames = new Set(city.firms.map((firm) => firm.name));
    const names = new Set<string>();
    for (const firm of city.targetFirms) {
      expect(cityNames.has(firm.name), firm.name).toBe(false);
      expect(names.has(firm.name), firm.name).toBe(false);
      names.add(firm.name);
      expect(firm.hqCity).not.toBe('绵阳');
      if (firm.creditCode) expect(isCreditCode(firm.creditCode), firm.creditCode).toBe(true);
      const chains = city.targetFirmChains.filter((row) => row.targetFirmId === firm.id);
      expect(chains.length).toBeGreaterThan(0);
      for (const row of city.targetFirmLinks.filter((link) => link.targetFirmId === firm.id)) {
        expect(chains.map((chain) => chain.chainId)).toContain(linkOf(row.linkId)?.chainId);
      }
      if (firm.source === 'supply_list') {
        const item = city.supplyItems.find((candidate) => candidate.id === firm.supplyItemId);
        expect(item, firm.name).toBeDefined();
        expect(chains.map((chain) => chain.chainId)).toContain(item?.chainId);
      } else {
        expect(firm.supplyItemId).toBeNull();
      }
    }
    const sources = new Set(city.targetFirms.map((firm) => firm.source));
    expect([...sources].sort()).toEqual(
      ['campaign', 'leader_recommendation', 'other', 'supply_list'].sort(),
    );
  });
});

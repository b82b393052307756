import { and, desc, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainDetailSchema, type ChainDetail } from '../../server/contract/chains';
import { firmDetailSchema } from '../../server/contract/firms';
import { chainIndicatorsSchema } from '../../server/contract/indicators';
import { overviewSchema } from '../../server/contract/overview';
import { problemDetailSchema, problemPageSchema } from '../../server/contract/problems';
import { projectDetailSchema, projectPageSchema } from '../../server/contract/projects';
import {
  auditEvents,
  chainLinkFirms,
  firmChains,
  policies,
  problems,
  projects,
  statusReports,
} from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, useTestApi } from './support/api';
import { loadSampleIds, sendWrite, type SampleIds } from './support/writes';

type Json = Record<string, unknown> & { id: number; version: number };

describe.each(engines)('chain map edits and withdrawals on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let editor: string;
  let firmIds: number[];

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    editor = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    const rows = await api.db
      .select({ firmId: firmChains.firmId })
      .from(firmChains)
      .where(eq(firmChains.chainId, ids.chainA))
      .limit(3);
    firmIds = rows.map((row) => row.firmId);
  });

  const write = (
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) => sendWrite(api.app, { method, path: `/api${path}`, body }, { cookie: editor, headers });
  const ok = async (method: 'POST' | 'PUT', path: string, body: unknown, status = 200) => {
    const answer = await write(method, path, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body as Json;
  };
  const fieldsOf = (body: unknown) =>
    Object.keys((body as { error: { fields?: object } }).error.fields ?? {});
  const chainA = () => getOk(api, `/api/chains/${ids.chainA}`, chainDetailSchema);
  const linkOf = (chain: ChainDetail, linkId: number) =>
    chain.chainMap.flatMap((segment) => segment.links).find((link) => link.id === linkId);
  const newSegment = (name: string) =>
    ok(
      'POST',
      `/chains/${ids.chainA}/segments`,
      { position: 'downstream', name, nameEn: null },
      201,
    );
  const newLink = (segmentId: number, name: string, firms: number[] = []) =>
    ok(
      'POST',
      `/chain-segments/${segmentId}/links`,
      { name, nameEn: null, strength: 'weak', note: null, firmIds: firms },
      201,
    );

  describe('segments', () => {
    it('adds a segment after the last one, audited, once per Idempotency-Key', async () => {
      const body = { position: 'downstream', name: '回收利用', nameEn: 'Recycling' };
      const key = { 'idempotency-key': `seg-${Date.now()}` };
      const first = await write('POST', `/chains/${ids.chainA}/segments`, body, key);
      expect(first.status, JSON.stringify(first.body)).toBe(201);
      const again = await write('POST', `/chains/${ids.chainA}/segments`, body, key);
      expect(again.body).toEqual(first.body);
      const segment = first.body as Json;
      const chain = await chainA();
      expect(chain.chainMap.at(-1)?.name).toBe('回收利用');
      expect(chain.chainMap.filter((s) => s.name === '回收利用')).toHaveLength(1);
      const [event] = await api.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'chain_segment'),
            eq(auditEvents.entityId, `${segment.id}`),
          ),
        );
      expect(event?.action).toBe('create');
    });

    it.each([
      ['name', { position: 'upstream', name: '  ', nameEn: null }],
      ['name', { position: 'upstream', name: 'x'.repeat(51), nameEn: null }],
      ['position', { position: 'sideways', name: '新段', nameEn: null }],
      ['nameEn', { position: 'upstream', name: '新段', nameEn: 'x'.repeat(101) }],
    ])('refuses a bad %s with 400 naming it', async (field, body) => {
      const answer = await write('POST', `/chains/${ids.chainA}/segments`, body);
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer.body)).toContain(field);
    });

    it('renames a segment, and a stale version gets 409 with the current one', async () => {
      const segment = await newSegment('改名前');
      const renamed = await ok('PUT', `/chain-segments/${segment.id}`, {
        position: 'downstream',
        name: '改名后',
        nameEn: 'Renamed',
        version: segment.version,
      });
      expect(renamed).toMatchObject({ name: '改名后', nameEn: 'Renamed', version: 2 });
      const stale = await write('PUT', `/chain-segments/${segment.id}`, {
        position: 'downstream',
        name: '又改',
        nameEn: null,
        version: segment.version,
      });
      expect(stale.status).toBe(409);
      expect((stale.body as { current: Json }).current).toMatchObject({ name: '改名后' });
    });

    it('reorders the chain’s segments as one write; the chain page follows sortOrder', async () => {
      const before = (await chainA()).chainMap;
      const reversed = [...before].reverse().map(({ id, version }) => ({ id, version }));
      const answer = await ok('PUT', `/chains/${ids.chainA}/segment-order`, {
        segments: reversed,
      });
      expect((answer.segments as Json[]).map((s) => s.id)).toEqual(reversed.map((s) => s.id));
      expect((await chainA()).chainMap.map((s) => s.id)).toEqual(reversed.map((s) => s.id));
    });

    it('of two reorders opened from the same page, one lands and the other gets 409', async () => {
      const shown = (await chainA()).chainMap.map(({ id, version }) => ({ id, version }));
      const first = shown.slice(1).concat(shown.slice(0, 1));
      const second = [...shown].reverse();
      const answers = await Promise.all([
        write('PUT', `/chains/${ids.chainA}/segment-order`, { segments: first }),
        write('PUT', `/chains/${ids.chainA}/segment-order`, { segments: second }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const winner = answers[0]?.status === 200 ? first : second;
      const loser = answers.find((a) => a.status === 409)?.body as {
        current: { segments: Json[] };
      };
      const now = (await chainA()).chainMap.map((s) => s.id);
      expect(now).toEqual(winner.map((s) => s.id));
      expect(loser.current.segments.map((s) => s.id)).toEqual(now);
    });

    it('refuses a reorder that leaves out a segment (one added meanwhile): 409', async () => {
      const shown = (await chainA()).chainMap.map(({ id, version }) => ({ id, version }));
      await newSegment('同时新增');
      const answer = await write('PUT', `/chains/${ids.chainA}/segment-order`, {
        segments: shown,
      });
      expect(answer.status).toBe(409);
    });

    it('removes a segment only once its links are gone (400 naming links); restore shows it', async () => {
      const segment = await newSegment('待删分段');
      const link = await newLink(segment.id, '待删环节');
      const refused = await write('POST', `/chain-segments/${segment.id}/withdraw`, {
        version: segment.version,
      });
      expect(refused.status).toBe(400);
      expect(fieldsOf(refused.body)).toEqual(['links']);
      await ok('POST', `/chain-links/${link.id}/withdraw`, { version: link.version });
      const removed = await ok('POST', `/chain-segments/${segment.id}/withdraw`, {
        version: segment.version,
      });
      expect(removed.withdrawnAt).not.toBeNull();
      expect((await chainA()).chainMap.some((s) => s.id === segment.id)).toBe(false);
      await ok('POST', `/chain-segments/${segment.id}/restore`, { version: removed.version });
      expect((await chainA()).chainMap.some((s) => s.id === segment.id)).toBe(true);
    });
  });

  describe('links', () => {
    it('adds a link to a segment with firms; its firm count follows the firms attached', async () => {
      const segment = await newSegment('新增环节的分段');
      const link = await newLink(segment.id, '电池回收', firmIds.slice(0, 2));
      expect(linkOf(await chainA(), link.id)?.firmCount).toBe(2);
      const edited = await ok('PUT', `/chain-links/${link.id}`, {
        name: '电池梯次利用',
        nameEn: 'Battery reuse',
        strength: 'strong',
        note: null,
        firmIds: firmIds.slice(0, 3),
        version: link.version,
      });
      expect(edited).toMatchObject({ name: '电池梯次利用', strength: 'strong', version: 2 });
      const shown = linkOf(await chainA(), link.id);
      expect(shown).toMatchObject({ name: '电池梯次利用', strength: 'strong', firmCount: 3 });
    });

    it.each([
      ['name', { name: '', nameEn: null, strength: 'weak', note: null, firmIds: [] }],
      ['strength', { name: '环节', nameEn: null, strength: '强链', note: null, firmIds: [] }],
      ['firmIds', { name: '环节', nameEn: null, strength: 'weak', note: null, firmIds: [1, 1] }],
      ['firmIds', { name: '环节', nameEn: null, strength: 'weak', note: null, firmIds: [99999] }],
      [
        'note',
        { name: '环节', nameEn: null, strength: 'weak', note: 'x'.repeat(501), firmIds: [] },
      ],
    ])('refuses a link with a bad %s (400 naming it)', async (field, body) => {
      const segment = (await chainA()).chainMap[0];
      const answer = await write('POST', `/chain-segments/${segment?.id}/links`, body);
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer.body)).toContain(field);
    });

    it('reorders a segment’s links and moves a link in from another segment', async () => {
      const from = await newSegment('迁出分段');
      const to = await newSegment('迁入分段');
      const a = await newLink(to.id, '环节甲');
      const b = await newLink(to.id, '环节乙');
      const moving = await newLink(from.id, '迁移环节');
      const order = [moving, b, a].map(({ id, version }) => ({ id, version }));
      const answer = await ok('PUT', `/chain-segments/${to.id}/link-order`, { links: order });
      expect((answer.links as Json[]).map((l) => l.segmentId)).toEqual([to.id, to.id, to.id]);
      const chain = await chainA();
      const target = chain.chainMap.find((s) => s.id === to.id);
      expect(target?.links.map((l) => l.id)).toEqual([moving.id, b.id, a.id]);
      expect(chain.chainMap.find((s) => s.id === from.id)?.links).toEqual([]);
      // The same page's order again is stale now.
      const stale = await write('PUT', `/chain-segments/${to.id}/link-order`, { links: order });
      expect(stale.status).toBe(409);
    });

    it('refuses to remove a link with firms without a choice, naming firms', async () => {
      const segment = await newSegment('选择分段');
      const link = await newLink(segment.id, '有企业环节', firmIds.slice(0, 1));
      const answer = await write('POST', `/chain-links/${link.id}/withdraw`, {
        version: link.version,
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer.body)).toEqual(['firms']);
      const noTarget = await write('POST', `/chain-links/${link.id}/withdraw`, {
        version: link.version,
        firms: 'move',
      });
      expect(fieldsOf(noTarget.body)).toEqual(['toLinkId']);
    });

    it('removes a link moving its firms to another link; revert from history brings it back', async () => {
      const segment = await newSegment('迁移企业分段');
      const link = await newLink(segment.id, '撤回环节', firmIds.slice(0, 2));
      const target = await newLink(segment.id, '接收环节', firmIds.slice(2, 3));
      const removed = await ok('POST', `/chain-links/${link.id}/withdraw`, {
        version: link.version,
        firms: 'move',
        toLinkId: target.id,
      });
      expect(removed.firmIds).toEqual([]);
      const chain = await chainA();
      expect(linkOf(chain, link.id)).toBeUndefined();
      expect(linkOf(chain, target.id)?.firmCount).toBe(3);
      // The firm's page no longer lists the removed link.
      const firm = await getOk(api, `/api/firms/${firmIds[0]}`, firmDetailSchema);
      expect(firm.links.map((l) => l.id)).not.toContain(link.id);
      expect(firm.links.map((l) => l.id)).toContain(target.id);

      const [event] = await api.db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, `${link.id}`), eq(auditEvents.action, 'withdraw')))
        .orderBy(desc(auditEvents.id));
      const reverted = await ok('POST', `/audit-events/${event?.id}/revert`, {
        version: removed.version,
      });
      expect(reverted).toMatchObject({ entityType: 'chain_link' });
      expect(linkOf(await chainA(), link.id)?.firmCount).toBe(2);
    });

    it('removes a link detaching its firms, and restores it without them', async () => {
      const segment = await newSegment('解除分段');
      const link = await newLink(segment.id, '解除环节', firmIds.slice(0, 2));
      const removed = await ok('POST', `/chain-links/${link.id}/withdraw`, {
        version: link.version,
        firms: 'detach',
      });
      const left = await api.db
        .select()
        .from(chainLinkFirms)
        .where(eq(chainLinkFirms.linkId, link.id));
      expect(left).toEqual([]);
      await ok('POST', `/chain-links/${link.id}/restore`, { version: removed.version });
      expect(linkOf(await chainA(), link.id)?.firmCount).toBe(0);
    });
  });

  describe('withdrawing records', () => {
    const firstOfA = async <T extends { id: number }>(rows: Promise<T[]>) => {
      const [row] = await rows;
      if (!row) throw new Error('none');
      return row;
    };

    it('withdraws a project: gone from the list, the chain page and the overview; restore shows it', async () => {
      const project = await firstOfA(
        api.db
          .select()
          .from(projects)
          .where(and(eq(projects.chainId, ids.chainA), isNull(projects.withdrawnAt))),
      );
      const counts = async () => ({
        list: (await getOk(api, `/api/projects?chain=${ids.chainA}`, projectPageSchema)).total,
        chain: (await chainA()).projects.count,
        overview: (await getOk(api, '/api/overview', overviewSchema)).chains.find(
          (c) => c.id === ids.chainA,
        )?.counts.projects,
      });
      const before = await counts();
      const stale = await write('POST', `/projects/${project.id}/withdraw`, {
        version: project.version + 1,
      });
      expect(stale.status).toBe(409);
      const withdrawn = await ok('POST', `/projects/${project.id}/withdraw`, {
        version: project.version,
      });
      expect(await counts()).toEqual({
        list: before.list - 1,
        chain: before.chain - 1,
        overview: (before.overview ?? 0) - 1,
      });
      const page = await getOk(api, `/api/projects/${project.id}`, projectDetailSchema);
      expect(page.withdrawnAt).not.toBeNull();
      await ok('POST', `/projects/${project.id}/restore`, { version: withdrawn.version });
      expect(await counts()).toEqual(before);
      expect(
        (await getOk(api, `/api/projects/${project.id}`, projectDetailSchema)).withdrawnAt,
      ).toBeNull();
    });

    it('withdraws a problem: gone from the list and the overview’s unresolved count', async () => {
      const problem = await firstOfA(
        api.db
          .select()
          .from(problems)
          .where(and(eq(problems.chainId, ids.chainA), eq(problems.status, 'open'))),
      );
      const counts = async () => ({
        list: (await getOk(api, `/api/problems?chain=${ids.chainA}`, problemPageSchema)).total,
        unresolved: (await getOk(api, '/api/overview', overviewSchema)).chains.find(
          (c) => c.id === ids.chainA,
        )?.counts.unresolvedProblems,
      });
      const before = await counts();
      const withdrawn = await ok('POST', `/problems/${problem.id}/withdraw`, {
        version: problem.version,
      });
      expect(await counts()).toEqual({
        list: before.list - 1,
        unresolved: (before.unresolved ?? 0) - 1,
      });
      const page = await getOk(api, `/api/problems/${problem.id}`, problemDetailSchema);
      expect(page.withdrawnAt).not.toBeNull();
      await ok('POST', `/problems/${problem.id}/restore`, { version: withdrawn.version });
      expect(await counts()).toEqual(before);
    });

    it('withdraws a policy and a status report from the chain page', async () => {
      const policy = await firstOfA(
        api.db.select().from(policies).where(eq(policies.chainId, ids.chainA)),
      );
      const report = await firstOfA(
        api.db.select().from(statusReports).where(eq(statusReports.chainId, ids.chainA)),
      );
      await ok('POST', `/policies/${policy.id}/withdraw`, { version: policy.version });
      const withdrawnReport = await ok('POST', `/status-reports/${report.id}/withdraw`, {
        version: report.version,
      });
      const chain = await chainA();
      expect(chain.fiveOnes.policy_package.policies.map((p) => p.id)).not.toContain(policy.id);
      expect(chain.statusReports.map((r) => r.id)).not.toContain(report.id);
      await ok('POST', `/status-reports/${report.id}/restore`, {
        version: withdrawnReport.version,
      });
      expect((await chainA()).statusReports.map((r) => r.id)).toContain(report.id);
    });

    it('undoes a new indicator quarter from the history; it can be entered again', async () => {
      const path = `/indicators/${ids.indicatorOfA}/values/2040Q1`;
      const { indicators } = await getOk(
        api,
        `/api/chains/${ids.chainA}/indicators`,
        chainIndicatorsSchema,
      );
      const higher =
        indicators.find((i) => i.id === ids.indicatorOfA)?.direction !== 'lower_is_better';
      const provenance = { asOf: '2040-03-31', source: '市统计局' };
      const body = higher
        ? { value: 12, target: 10, warningThreshold: 8, excellentThreshold: 12, version: null }
        : { value: 8, target: 10, warningThreshold: 12, excellentThreshold: 8, version: null };
      const created = await ok('PUT', path, { ...body, ...provenance });
      const periods = async () =>
        (await getOk(api, `/api/chains/${ids.chainA}/indicators`, chainIndicatorsSchema)).indicators
          .find((i) => i.id === ids.indicatorOfA)
          ?.values.map((v) => v.period);
      expect(await periods()).toContain('2040Q1');
      const [event] = await api.db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'indicator_value'),
            eq(auditEvents.entityId, `${created.id}`),
            eq(auditEvents.action, 'create'),
          ),
        );
      await ok('POST', `/audit-events/${event?.id}/revert`, { version: created.version });
      expect(await periods()).not.toContain('2040Q1');
      const again = await ok('PUT', path, { ...body, ...provenance });
      expect(again.id).toBe(created.id);
      expect(await periods()).toContain('2040Q1');
    });
  });
});

import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  chains,
  chiefScientists,
  idempotencyKeys,
  problems,
  projects,
  taskForceMembers,
} from '../../server/db/schema';
import { createTestUser, type TestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import {
  loadSampleIds,
  problemBody,
  projectBody,
  sendWrite,
  type SampleIds,
} from './support/writes';

describe.each(engines)('writes on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let editorUser: TestUser;
  let editor: string;
  let otherEditor: string;
  let admin: string;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    editorUser = await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] });
    editor = editorUser.cookie;
    otherEditor = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
  });

  const chainVersion = async () => {
    const [row] = await api.db
      .select({ version: chains.version, status: chains.status, note: chains.statusNote })
      .from(chains)
      .where(eq(chains.id, ids.chainA));
    if (!row) throw new Error('chain A is gone');
    return row;
  };
  const auditCount = async () => (await api.db.select({ n: count() }).from(auditEvents))[0]?.n ?? 0;
  const statusWrite = (version: number, statusNote: string, status = 'red') => ({
    method: 'PUT' as const,
    path: `/api/chains/${ids.chainA}/status`,
    body: { status, statusNote, version },
  });

  describe('versions', () => {
    it('names who saved a record last by login and by display name, on the next read', async () => {
      const { version } = await chainVersion();
      const answer = await sendWrite(api.app, statusWrite(version, '署名测试'), { cookie: editor });
      expect(answer.status).toBe(200);
      const read = await api.app.request(`/api/chains/${ids.chainA}`, {
        headers: { cookie: otherEditor },
      });
      const chain = (await read.json()) as { updatedBy: string; updatedByName: string };
      expect(chain).toMatchObject({
        updatedBy: editorUser.username,
        updatedByName: editorUser.displayName,
      });
    });

    it('saves with the next version and audits before and after in the same write', async () => {
      const { version } = await chainVersion();
      const answer = await sendWrite(api.app, statusWrite(version, '用地审批滞后'), {
        cookie: editor,
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        status: 'red',
        statusNote: '用地审批滞后',
        version: version + 1,
      });
      const [event] = await api.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'chain_status'),
            eq(auditEvents.entityId, String(ids.chainA)),
          ),
        )
        .orderBy(sql`${auditEvents.id} desc`)
        .limit(1);
      expect(event).toMatchObject({ action: 'update', chainId: ids.chainA });
      expect(event?.before).toMatchObject({ version });
      expect(event?.after).toMatchObject({
        status: 'red',
        statusNote: '用地审批滞后',
        version: version + 1,
      });
    });

    it('gives the second of two people editing the same version a 409 with the current record and who saved it', async () => {
      const { version } = await chainVersion();
      const first = await sendWrite(api.app, statusWrite(version, '甲的修改'), { cookie: editor });
      const second = await sendWrite(api.app, statusWrite(version, '乙的修改', 'green'), {
        cookie: otherEditor,
      });
      expect(first.status).toBe(200);
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({
        error: { code: 'conflict' },
        current: { statusNote: '甲的修改', version: version + 1, updatedBy: editorUser.username },
        savedBy: { username: editorUser.username, displayName: editorUser.displayName },
      });
      expect(await chainVersion()).toMatchObject({ note: '甲的修改', version: version + 1 });
    });

    it('lets exactly one of 50 concurrent writes with the same version through', async () => {
      const { version } = await chainVersion();
      const eventsBefore = await auditCount();
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, n) =>
          sendWrite(api.app, statusWrite(version, `并发 ${n}`), { cookie: n % 2 ? editor : admin }),
        ),
      );
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(49);
      const winner = answers.find((answer) => answer.status === 200)?.body as {
        statusNote: string;
      };
      expect(await chainVersion()).toMatchObject({ version: version + 1, note: winner.statusNote });
      expect(await auditCount()).toBe(eventsBefore + 1);
      // The figure BENCHMARKS.md's reliability section quotes: the one success is the record.
      console.log(
        `50 concurrent writers of one record on ${engine}: ` +
          `${statuses.filter((status) => status === 200).length} saved, ` +
          `${statuses.filter((status) => status === 409).length} answered 409, 0 lost`,
      );
    });

    it('refuses a version newer than the record’s too', async () => {
      const { version } = await chainVersion();
      const answer = await sendWrite(api.app, statusWrite(version + 5, 'x'), { cookie: editor });
      expect(answer.status).toBe(409);
    });

    it('treats "none when I opened it" as a conflict once someone has created the record', async () => {
      const answer = await sendWrite(
        api.app,
        {
          method: 'PUT',
          path: `/api/chains/${ids.chainA}/chief-scientist`,
          body: {
            name: '张三',
            title: null,
            affiliation: null,
            field: null,
            appointedOn: null,
            version: null,
          },
        },
        { cookie: editor },
      );
      const [existing] = await api.db
        .select()
        .from(chiefScientists)
        .where(eq(chiefScientists.chainId, ids.chainA));
      // The sample city names a chief scientist for chain A, so a create is stale.
      expect(existing).toBeDefined();
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({
        current: { name: existing?.name, version: existing?.version },
      });
    });

    it('deletes only the version it was shown', async () => {
      const added = await sendWrite(
        api.app,
        {
          method: 'POST',
          path: `/api/chains/${ids.chainA}/task-force/members`,
          body: { name: '王五', role: '联络员', departmentId: null },
        },
        { cookie: editor },
      );
      const member = added.body as { id: number; version: number };
      const renamed = await sendWrite(
        api.app,
        {
          method: 'PUT',
          path: `/api/task-force-members/${member.id}`,
          body: { name: '王五', role: '组长', departmentId: null, version: member.version },
        },
        { cookie: otherEditor },
      );
      expect(renamed.status).toBe(200);
      const stale = await sendWrite(
        api.app,
        {
          method: 'DELETE',
          path: `/api/task-force-members/${member.id}?version=${member.version}`,
        },
        { cookie: editor },
      );
      expect(stale.status).toBe(409);
      const fresh = await sendWrite(
        api.app,
        {
          method: 'DELETE',
          path: `/api/task-force-members/${member.id}?version=${member.version + 1}`,
        },
        { cookie: editor },
      );
      expect(fresh.status).toBe(204);
      expect(
        await api.db.select().from(taskForceMembers).where(eq(taskForceMembers.id, member.id)),
      ).toEqual([]);
    });
  });

  describe('idempotent creates', () => {
    const projectCount = async () =>
      (
        await api.db.select({ n: count() }).from(projects).where(eq(projects.chainId, ids.chainA))
      )[0]?.n;

    it('makes one record for a create sent twice with one key, and answers the same both times', async () => {
      const before = await projectCount();
      const request = {
        method: 'POST' as const,
        path: `/api/chains/${ids.chainA}/projects`,
        body: projectBody('重发的项目'),
      };
      const headers = { 'idempotency-key': 'retry-1' };
      const first = await sendWrite(api.app, request, { cookie: editor, headers });
      const again = await sendWrite(api.app, request, { cookie: editor, headers });
      expect(first.status).toBe(201);
      expect(again).toEqual(first);
      expect(await projectCount()).toBe((before ?? 0) + 1);
    });

    it('makes one record when the retries arrive at the same time', async () => {
      const before = await projectCount();
      const request = {
        method: 'POST' as const,
        path: `/api/chains/${ids.chainA}/projects`,
        body: projectBody('并发重发'),
      };
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          sendWrite(api.app, request, {
            cookie: editor,
            headers: { 'idempotency-key': 'retry-2' },
          }),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((answer) => (answer.body as { id: number }).id)).size).toBe(1);
      expect(await projectCount()).toBe((before ?? 0) + 1);
    });

    it('refuses a key used before for another request', async () => {
      const headers = { 'idempotency-key': 'retry-3' };
      await sendWrite(
        api.app,
        { method: 'POST', path: `/api/chains/${ids.chainA}/projects`, body: projectBody('甲') },
        { cookie: editor, headers },
      );
      const reused = await sendWrite(
        api.app,
        { method: 'POST', path: `/api/chains/${ids.chainA}/problems`, body: problemBody('乙') },
        { cookie: editor, headers },
      );
      expect(reused.status).toBe(400);
      expect(reused.body).toMatchObject({
        error: { fields: { 'idempotency-key': expect.any(String) } },
      });
    });

    it('answers 422 to a key resent with another body, and writes nothing more', async () => {
      const headers = { 'idempotency-key': 'retry-5' };
      const path = `/api/chains/${ids.chainA}/projects`;
      const first = await sendWrite(
        api.app,
        { method: 'POST', path, body: projectBody('第一个项目') },
        { cookie: editor, headers },
      );
      expect(first.status).toBe(201);
      const afterFirst = await projectCount();
      const other = await sendWrite(
        api.app,
        { method: 'POST', path, body: { ...projectBody('第一个项目'), investmentYi: 99 } },
        { cookie: editor, headers },
      );
      expect(other.status).toBe(422);
      expect(other.body).toMatchObject({
        error: {
          code: 'idempotency_key_reused',
          fields: { 'idempotency-key': expect.any(String) },
        },
      });
      expect(await projectCount()).toBe(afterFirst);
      // The same body with its keys in another order is the same request: replayed.
      const reordered = Object.fromEntries(Object.entries(projectBody('第一个项目')).reverse());
      const replay = await sendWrite(
        api.app,
        { method: 'POST', path, body: reordered },
        { cookie: editor, headers },
      );
      expect(replay).toEqual(first);
    });

    it('keeps no key for a create that failed, so it can be sent again', async () => {
      const headers = { 'idempotency-key': 'retry-4' };
      const bad = await sendWrite(
        api.app,
        {
          method: 'POST',
          path: `/api/chains/${ids.chainA}/projects`,
          body: { ...projectBody('坏'), firmId: 2_000_000_000 },
        },
        { cookie: editor, headers },
      );
      expect(bad.status).toBe(400);
      expect(
        await api.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'retry-4')),
      ).toEqual([]);
    });
  });

  describe('bad input', () => {
    it('answers 400 with a message per field and writes nothing', async () => {
      const eventsBefore = await auditCount();
      const answer = await sendWrite(
        api.app,
        {
          method: 'POST',
          path: `/api/chains/${ids.chainA}/problems`,
          body: { ...problemBody('x'), status: 'resolved' },
        },
        { cookie: editor },
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        error: {
          code: 'invalid_request',
          fields: {
            feedback: 'is required once resolved',
            resolvedOn: 'is required once resolved',
            ownerDepartmentId: 'is required once assigned',
          },
        },
      });
      expect(await auditCount()).toBe(eventsBefore);
    });

    it('limits the length of text and says so', async () => {
      const { version } = await chainVersion();
      const answer = await sendWrite(api.app, statusWrite(version, '长'.repeat(501)), {
        cookie: editor,
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        error: { fields: { statusNote: 'must be at most 500 characters' } },
      });
    });

    it('refuses a reference to a record that does not exist, before writing anything', async () => {
      const before = await api.db.select().from(problems).where(eq(problems.id, ids.problemOfA));
      const answer = await sendWrite(
        api.app,
        {
          method: 'PUT',
          path: `/api/problems/${ids.problemOfA}`,
          body: { ...problemBody('改'), firmId: 2_000_000_000, version: before[0]?.version },
        },
        { cookie: editor },
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: { fields: { firmId: 'names no firm' } } });
      expect(await api.db.select().from(problems).where(eq(problems.id, ids.problemOfA))).toEqual(
        before,
      );
    });

    it('answers 404 for a record that does not exist', async () => {
      const answer = await sendWrite(
        api.app,
        {
          method: 'PUT',
          path: '/api/projects/99999999',
          body: { ...projectBody('x'), version: 1 },
        },
        { cookie: admin },
      );
      expect(answer.status).toBe(404);
    });
  });

  describe('history and revert', () => {
    it('lists a chain’s changes newest first and reverts one as a new audited write', async () => {
      const { version, note: original } = await chainVersion();
      const changed = await sendWrite(api.app, statusWrite(version, '将被撤销'), {
        cookie: editor,
      });
      expect(changed.status).toBe(200);

      const history = await api.app.request(`/api/chains/${ids.chainA}/history`, {
        headers: { cookie: editor },
      });
      expect(history.status).toBe(200);
      const page = (await history.json()) as {
        items: {
          id: number;
          action: string;
          after: { statusNote: string; version: number };
          revertible: boolean;
        }[];
      };
      const [latest] = page.items;
      expect(latest).toMatchObject({
        action: 'update',
        revertible: true,
        after: { statusNote: '将被撤销' },
      });

      const reverted = await sendWrite(
        api.app,
        {
          method: 'POST',
          path: `/api/audit-events/${latest?.id}/revert`,
          body: { version: latest?.after.version },
        },
        { cookie: editor },
      );
      expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
      expect(await chainVersion()).toMatchObject({ note: original, version: version + 2 });
      const after = await api.app.request(`/api/chains/${ids.chainA}/history`, {
        headers: { cookie: editor },
      });
      const [revertEvent] = ((await after.json()) as { items: { action: string }[] }).items;
      expect(revertEvent).toMatchObject({ action: 'revert' });
    });

    it('refuses to revert a change when the record has changed since', async () => {
      const { version } = await chainVersion();
      await sendWrite(api.app, statusWrite(version, '第一次'), { cookie: editor });
      await sendWrite(api.app, statusWrite(version + 1, '第二次'), { cookie: editor });
      const [older] = await api.db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.after}->>'statusNote' = '第一次'`);
      const answer = await sendWrite(
        api.app,
        {
          method: 'POST',
          path: `/api/audit-events/${older?.id}/revert`,
          body: { version: version + 1 },
        },
        { cookie: editor },
      );
      expect(answer.status).toBe(409);
      expect(await chainVersion()).toMatchObject({ note: '第二次' });
    });

    it('shows the city-wide audit list to administrators only', async () => {
      const forEditor = await api.app.request('/api/audit-events', { headers: { cookie: editor } });
      expect(forEditor.status).toBe(403);
      const forAdmin = await api.app.request(
        `/api/audit-events?chainId=${ids.chainA}&entityType=chain_status`,
        {
          headers: { cookie: admin },
        },
      );
      expect(forAdmin.status).toBe(200);
      const page = (await forAdmin.json()) as {
        total: number;
        items: { chainId: number; entityType: string }[];
      };
      expect(page.total).toBeGreaterThan(0);
      expect(
        page.items.every(
          (item) => item.chainId === ids.chainA && item.entityType === 'chain_status',
        ),
      ).toBe(true);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../server/contract/errors';
import { startServerProcess, type ServerProcess } from '../browser/support/app-process';
import { apiCookie, testAdmin } from '../browser/support/sign-in';
import { apiServerArgs, serverDatabase, type ServerDatabase } from '../support/server-database';

/*
 * Two Node servers on one PostgreSQL, as behind a load balancer: whichever answers, a session
 * is the same session and a stale version is the same conflict, since both live in the database.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('two servers on one PostgreSQL', () => {
  let database: ServerDatabase;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await serverDatabase('postgres');
    // One after the other, as a rolling deployment: the first one migrates and loads the sample.
    for (let n = 0; n < 2; n += 1)
      servers.push(await startServerProcess(apiServerArgs, database.env));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.remove();
  });

  const [a, b] = [() => servers[0]?.url ?? '', () => servers[1]?.url ?? ''];

  it('accepts a session signed in on one server on the other, and ends it on both', async () => {
    const cookie = await apiCookie(a(), testAdmin);
    const onB = await fetch(`${b()}/api/auth/session`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect(((await onB.json()) as { user: { username: string } }).user.username).toBe('admin');

    const signOut = await fetch(`${b()}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: b() },
    });
    expect(signOut.status).toBe(204);
    expect((await fetch(`${a()}/api/auth/session`, { headers: { cookie } })).status).toBe(401);
  });

  it('refuses the second of two saves on one version with 409, whichever server took each', async () => {
    const cookie = await apiCookie(a(), testAdmin);
    const { items } = (await (
      await fetch(`${a()}/api/chains`, { headers: { cookie } })
    ).json()) as {
      items: { id: number }[];
    };
    const chainId = items[0]?.id;
    const detail = (await (
      await fetch(`${b()}/api/chains/${chainId}`, { headers: { cookie } })
    ).json()) as { version: number };
    const save = (server: string, statusNote: string) =>
      fetch(`${server}/api/chains/${chainId}/status`, {
        method: 'PUT',
        headers: { cookie, origin: server, 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'amber', statusNote, version: detail.version }),
      });

    const answers = await Promise.all([save(a(), '甲服务器的说明'), save(b(), '乙服务器的说明')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const conflict = answers.find((answer) => answer.status === 409);
    const body = (await conflict?.json()) as { current: { version: number; statusNote: string } };
    expect(apiErrorSchema.parse(body).error.code).toBe('conflict');
    expect(body.current.version).toBe(detail.version + 1);
    expect(['甲服务器的说明', '乙服务器的说明']).toContain(body.current.statusNote);
  });

  it('shows a write on one server in the other’s overview at its next read', async () => {
    const cookie = await apiCookie(a(), testAdmin);
    const overviewOnA = async () =>
      (await (await fetch(`${a()}/api/overview`, { headers: { cookie } })).json()) as {
        chains: { id: number; statusNote: string | null }[];
      };
    const [chain] = (await overviewOnA()).chains;
    const detail = (await (
      await fetch(`${b()}/api/chains/${chain?.id}`, { headers: { cookie } })
    ).json()) as { version: number };
    const saved = await fetch(`${b()}/api/chains/${chain?.id}/status`, {
      method: 'PUT',
      headers: { cookie, origin: b(), 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'red', statusNote: '乙服务器写入', version: detail.version }),
    });
    expect(saved.status).toBe(200);
    expect((await overviewOnA()).chains[0]?.statusNote).toBe('乙服务器写入');
  });
});

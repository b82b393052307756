import { afterAll, afterEach, beforeAll } from 'vitest';
import { createApp } from '@server/app/create-app';
import type { UserRole } from '@server/contract/auth';
import type { Database } from '@server/db/database';
import { createMockServer } from '@mocks/node';
import { sampleNow } from './sample-clock';
import { createTestUser, type TestUser } from './sessions';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Who is signed in when a test file starts; `none` for tests of signing in. */
export type TestSignIn =
  | 'none'
  | 'viewer'
  | 'admin'
  | { role: UserRole; chainIds?: number[]; departmentId?: number | null };

/**
 * The browser's cookie store, which Node's fetch lacks: cookies the API sets are sent back on
 * later requests, as a browser would, so sign-in and sign-out behave as they do for real.
 */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  set(name: string, value: string) {
    this.cookies.set(name, value);
  }

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  clear() {
    this.cookies.clear();
  }
}

/**
 * For one UI test file: the real API on a fresh copy of the sample city, answering every `/api`
 * request through MSW, with a signed-in user (an administrator unless `signIn` says otherwise);
 * any request nobody handles fails the test.
 */
export function setupApiServer({ signIn = 'admin' }: { signIn?: TestSignIn } = {}) {
  let database: TestDatabase | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  let signedIn: TestUser | undefined;
  const jar = new CookieJar();

  const server = createMockServer({
    fetch: async (request) => {
      if (!app) throw new Error('The API server is used before beforeAll has set it up');
      const headers = new Headers(request.headers);
      const cookie = jar.header();
      if (cookie) headers.set('cookie', cookie);
      const response = await app.fetch(new Request(request, { headers }));
      jar.store(response);
      return response;
    },
  });

  const signInAs = async (who: TestSignIn) => {
    jar.clear();
    signedIn = undefined;
    if (!database || who === 'none') return undefined;
    signedIn = await createTestUser(database.db, typeof who === 'string' ? { role: who } : who);
    jar.set('chainboard_session', signedIn.token);
    return signedIn;
  };

  beforeAll(async () => {
    database = await createTestDatabase('pglite', { sample: true });
    app = createApp({ db: database.db, now: sampleNow });
    await signInAs(signIn);
    server.listen({ onUnhandledRequest: 'error' });
  });

  afterEach(() => {
    server.resetHandlers();
  });

  afterAll(async () => {
    server.close();
    await database?.close();
  });

  return {
    server,
    get db(): Database {
      if (!database) throw new Error('The database is used before beforeAll has set it up');
      return database.db;
    },
    get app() {
      if (!app) throw new Error('The app is used before beforeAll has set it up');
      return app;
    },
    /** The user the test runs as now. */
    get user(): TestUser | undefined {
      return signedIn;
    },
    /** Switches to a new session of another user (or none), as if someone else signed in. */
    signInAs,
    /** A session of someone else at another desk; the test's own session stays as it is. */
    async otherUser(role: UserRole = 'admin', chainIds: number[] = []): Promise<TestUser> {
      if (!database) throw new Error('The database is used before beforeAll has set it up');
      return createTestUser(database.db, { role, chainIds });
    },
    /** The `Cookie` header the app's requests carry now. */
    cookie: () => jar.header() ?? '',
  };
}

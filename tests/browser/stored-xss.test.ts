import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from './support/app-process';
import { launchChromium } from './support/browser';
import { settled } from './support/pages';
import { signIn, testAdmin } from './support/sign-in';

/*
 * Stored XSS: markup and script saved in every text field a user can type into, then every
 * screen that shows those fields opened in Chromium. The payloads must show as text, and none may
 * run: each would set `window.__xss` (or open a dialog) if it did.
 */

const payloads = (field: string) => [
  `<img src=x onerror="window.__xss='${field}'">`,
  `<script>window.__xss='${field}'</script>`,
  `javascript:window.__xss='${field}'`,
];
/** One payload per field, cycling through the three kinds. */
let next = 0;
const payload = (field: string) => payloads(field)[(next += 1) % 3] as string;

interface Api {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T>;
}

async function adminApi(appUrl: string): Promise<Api> {
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: appUrl },
    body: JSON.stringify(testAdmin),
  });
  if (!login.ok) throw new Error(`Signing in as admin: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${appUrl}${path}`, {
      method,
      headers: { cookie, origin: appUrl, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  return {
    get: (path) => call('GET', path),
    send: (method, path, body) => call(method, path, body),
  };
}

interface Chain {
  id: number;
  version: number;
  fiveOnes: {
    chain_map: { version: number | null };
    leader_firm: { leaderFirm: { firm: { id: number }; version: number } | null };
    chief_scientist: { chiefScientist: { version: number } | null };
    task_force: { taskForce: { version: number } | null };
  };
  chainMap: { links: { id: number; version: number }[] }[];
}

/** Saves a payload into every text field of chain `id`'s records; returns the new records' ids. */
async function fillWithPayloads(api: Api, chainId: number) {
  const chain = await api.get<Chain>(`/api/chains/${chainId}`);
  const { fiveOnes } = chain;
  await api.send('PUT', `/api/chains/${chainId}/status`, {
    status: 'red',
    statusNote: payload('statusNote'),
    version: chain.version,
  });
  await api.send('PUT', `/api/chains/${chainId}/five-ones/chain_map`, {
    state: 'in_place',
    note: payload('fiveOneNote'),
    version: fiveOnes.chain_map.version,
  });
  if (fiveOnes.leader_firm.leaderFirm) {
    await api.send('PUT', `/api/chains/${chainId}/leader-firm`, {
      firmId: fiveOnes.leader_firm.leaderFirm.firm.id,
      reason: payload('leaderReason'),
      designatedOn: null,
      version: fiveOnes.leader_firm.leaderFirm.version,
    });
  }
  await api.send('PUT', `/api/chains/${chainId}/chief-scientist`, {
    name: payload('scientist').slice(0, 50),
    title: payload('scientistTitle'),
    affiliation: payload('affiliation'),
    field: payload('field'),
    appointedOn: null,
    version: fiveOnes.chief_scientist.chiefScientist?.version ?? null,
  });
  await api.send('PUT', `/api/chains/${chainId}/task-force`, {
    headName: payload('head').slice(0, 50),
    headTitle: payload('headTitle'),
    leadDepartmentId: null,
    meetingCadence: 'monthly',
    lastMeetingOn: null,
    reportCadence: 'monthly',
    version: fiveOnes.task_force.taskForce?.version ?? null,
  });
  await api.send('POST', `/api/chains/${chainId}/task-force/members`, {
    name: payload('member').slice(0, 50),
    role: payload('memberRole'),
    departmentId: null,
  });
  await api.send('POST', `/api/chains/${chainId}/policies`, {
    title: payload('policyTitle'),
    docNumber: payload('docNumber'),
    issuer: payload('issuer'),
    issuedOn: '2026-01-01',
    status: 'in_force',
    budgetWan: 100,
    disbursedWan: 10,
    beneficiaries: 1,
    retired: false,
  });
  const [link] = chain.chainMap.flatMap((segment) => segment.links);
  if (link) {
    await api.send('PUT', `/api/chain-links/${link.id}`, {
      strength: 'weak',
      note: payload('linkNote'),
      firmIds: [],
      version: link.version,
    });
  }
  const project = await api.send<{ id: number }>('POST', `/api/chains/${chainId}/projects`, {
    name: payload('projectName'),
    parkId: null,
    firmId: null,
    origin: 'investment_promotion',
    linkId: null,
    campaignId: null,
    investmentYi: 3,
    stage: 'signed',
    signedOn: '2026-01-01',
    startedOn: null,
    productionOn: null,
    plannedProductionOn: null,
    progress: 0,
  });
  const problem = await api.send<{ id: number }>('POST', `/api/chains/${chainId}/problems`, {
    firmId: null,
    title: payload('problemTitle'),
    detail: payload('problemDetail'),
    category: payload('category').slice(0, 50),
    raisedOn: '2026-01-01',
    ownerDepartmentId: null,
    deadline: null,
    status: 'open',
    resolvedOn: null,
    feedback: null,
  });
  await api.send('POST', `/api/chains/${chainId}/status-reports`, {
    reportedOn: '2026-01-02',
    status: 'red',
    title: payload('reportTitle'),
    body: payload('reportBody'),
  });
  await api.send('POST', '/api/users', {
    username: 'xss-user',
    displayName: payload('displayName').slice(0, 50),
    role: 'viewer',
    chainIds: [],
    password: 'A-long-password',
  });
  return { projectId: project.id, problemId: problem.id };
}

describe('text users type is shown as text on every screen', () => {
  let app: AppProcess;
  let browser: BrowserContext;
  let page: Page;
  let screens: string[];
  const dialogs: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    const api = await adminApi(app.url);
    const { projectId, problemId } = await fillWithPayloads(api, 1);
    screens = [
      '/',
      '/chains/1',
      `/projects/${projectId}`,
      `/problems/${problemId}`,
      '/projects?chain=1',
      '/problems?chain=1',
      '/admin/users',
      '/admin/audit',
    ];
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, app.url, testAdmin);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('runs none of the payloads and shows them as text', async () => {
    let shownAsText = 0;
    for (const screen of screens) {
      await page.goto(`${app.url}${screen}`);
      await settled(page);
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: string }).__xss,
        injectedImages: document.querySelectorAll('img[src="x"]').length,
        injectedScripts: [...document.querySelectorAll('script')].filter((script) =>
          script.textContent?.includes('__xss'),
        ).length,
        payloadText: (document.body.textContent ?? '').split('window.__xss').length - 1,
      }));
      expect(state, screen).toMatchObject({
        xss: undefined,
        injectedImages: 0,
        injectedScripts: 0,
      });
      shownAsText += state.payloadText;
    }
    expect(dialogs).toEqual([]);
    // The payloads are on the screens, as text: otherwise this test would prove nothing.
    expect(shownAsText).toBeGreaterThan(10);
  });
});

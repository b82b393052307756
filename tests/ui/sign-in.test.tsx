import { screen, waitFor, within } from '@testing-library/react';
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chains, loginAttempts, sessions, users } from '@server/db/schema';
import { latency, networkError } from '@mocks/faults';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { sampleNow } from '../support/sample-clock';
import { countRows, searchOf } from '../support/screen-text';
import { createTestUser, TEST_PASSWORD, type TestUser } from '../support/sessions';

// Nobody is signed in when the file starts: signing in is what it tests.
const api = setupApiServer({ signIn: 'none' });

let editor: TestUser;
let displayName: string;

beforeAll(async () => {
  editor = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
  const [stored] = await api.db
    .select({ displayName: users.displayName })
    .from(users)
    .where(eq(users.id, editor.id));
  displayName = stored?.displayName ?? '';
});

const usernameField = () => screen.getByLabelText('用户名');
const passwordField = () => screen.getByLabelText('密码');
const signInButton = () => screen.getByRole('button', { name: '登录' });

async function signInPage() {
  return screen.findByRole('heading', { level: 1, name: '登录' });
}

describe('signed out', () => {
  it('goes to sign-in first, then back to the page asked for', async () => {
    const { user, history } = renderApp('/firms?tag=high_tech');

    await signInPage();
    expect(history.location.pathname).toBe('/sign-in');
    expect(searchOf(history).get('redirect')).toBe('/firms?tag=high_tech');
    // No sections and no user in the frame before signing in.
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '退出登录' })).not.toBeInTheDocument();

    await user.type(usernameField(), editor.username);
    await user.type(passwordField(), TEST_PASSWORD);
    await user.click(signInButton());

    expect(await screen.findByRole('heading', { level: 1, name: '企业' })).toBeVisible();
    expect(history.location.pathname).toBe('/firms');
    expect(searchOf(history).get('tag')).toBe('high_tech');
    const who = screen.getByRole('group', { name: '当前用户' });
    expect(within(who).getByText(displayName)).toBeVisible();
    expect(within(who).getByText('角色：编辑者')).toBeVisible();
    await api.signInAs('none');
  });

  it('says the username or password is wrong and puts the cursor back in the password', async () => {
    const { user } = renderApp('/');
    await signInPage();

    await user.type(usernameField(), editor.username);
    await user.type(passwordField(), 'not-the-password');
    await user.click(signInButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码不正确。');
    expect(screen.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
    expect(passwordField()).toHaveFocus();
  });

  it('shows what is missing next to each field without asking the server', async () => {
    const { user } = renderApp('/sign-in');
    await signInPage();
    const attemptsBefore = await countRows(api.db, loginAttempts);

    await user.click(signInButton());

    expect(await screen.findAllByText('必填。')).toHaveLength(2);
    expect(usernameField()).toHaveAttribute('aria-invalid', 'true');
    expect(usernameField()).toHaveAccessibleDescription('必填。');
    expect(passwordField()).toHaveAccessibleDescription('必填。');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await countRows(api.db, loginAttempts)).toBe(attemptsBefore);
  });

  it('says how many seconds to wait after too many wrong passwords, counts down, then lets the user try again', async () => {
    const throttled = await createTestUser(api.db, { role: 'viewer' });
    // Two wrong passwords beyond the five free ones, from this browser's address, at the API's
    // clock: the next attempt waits 2 seconds.
    await api.db.insert(loginAttempts).values(
      Array.from({ length: 7 }, () => ({
        username: throttled.username,
        clientAddress: 'unknown',
        succeeded: false,
        at: sampleNow(),
      })),
    );
    const { user } = renderApp('/sign-in');
    await signInPage();

    await user.type(usernameField(), throttled.username);
    await user.type(passwordField(), TEST_PASSWORD);
    await user.click(signInButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('密码错误次数过多。');
    expect(screen.getByRole('timer')).toHaveTextContent('请在 2 秒后重试。');
    expect(signInButton()).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('请在 1 秒后重试。'), {
      timeout: 1500,
    });
    // The wait over, the message goes and the button works again.
    await waitFor(() => expect(signInButton()).toBeEnabled(), { timeout: 1500 });
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the button off while the request is out', async () => {
    api.server.use(latency(300, { path: '*/api/auth/login', once: true }));
    const { user, history } = renderApp('/sign-in');
    await signInPage();
    await user.type(usernameField(), editor.username);
    await user.type(passwordField(), TEST_PASSWORD);

    await user.click(signInButton());

    expect(screen.getByRole('button', { name: '正在登录…' })).toBeDisabled();
    // An editor of one chain lands on it (see "where sign-in lands" below).
    await waitFor(() => expect(history.location.pathname).toBe('/chains/1'));
    await api.signInAs('none');
  });

  it('ignores a redirect to another site', async () => {
    const { user, history } = renderApp('/sign-in?redirect=%2F%2Fevil.example%2Fphish');
    await signInPage();

    await user.type(usernameField(), editor.username);
    await user.type(passwordField(), TEST_PASSWORD);
    await user.click(signInButton());

    // Not the other site: where this editor lands without one, their chain.
    await waitFor(() => expect(history.location.pathname).toBe('/chains/1'));
    await api.signInAs('none');
  });

  it('says when the session cannot be checked, and checks again on 重试', async () => {
    api.server.use(networkError({ path: '*/api/auth/session', once: true }));
    const { user, history } = renderApp('/projects');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法连接到服务器');

    await user.click(within(alert).getByRole('button', { name: '重试' }));

    await signInPage();
    expect(searchOf(history).get('redirect')).toBe('/projects');
  });

  it('is in English on English pages', async () => {
    const { user } = renderApp('/', { language: 'en-US' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findAllByText('Required.')).toHaveLength(2);
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Required.');
    expect(screen.getByLabelText('Password')).toBeVisible();
  });
});

describe('signed in', () => {
  beforeAll(async () => {
    await api.signInAs('viewer');
  });

  it('shows who is signed in and signs out to the sign-in page', async () => {
    const { user, history } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
    const who = screen.getByRole('group', { name: '当前用户' });
    expect(within(who).getByText('角色：查看者')).toBeVisible();
    const userId = api.user?.id ?? 0;
    // Ended sessions are kept a while, marked, so their next request is told why.
    const live = and(eq(sessions.userId, userId), isNull(sessions.endedAt));
    expect(await countRows(api.db, sessions, live)).toBeGreaterThan(0);

    await user.click(within(who).getByRole('button', { name: '退出登录' }));

    await signInPage();
    expect(history.location.pathname).toBe('/sign-in');
    expect(screen.queryByRole('group', { name: '当前用户' })).not.toBeInTheDocument();
    await waitFor(async () => expect(await countRows(api.db, sessions, live)).toBe(0));

    // The session is gone on the server too: the overview asks for sign-in again.
    history.push('/');
    await waitFor(() => expect(history.location.pathname).toBe('/sign-in'));
    expect(await signInPage()).toBeVisible();
  });

  it('goes to sign-in when the session ends while the app is open, and back after', async () => {
    await api.signInAs('viewer');
    const { user, history } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();

    // Signed out elsewhere (or expired): the next request is refused.
    const userId = api.user?.id ?? 0;
    await api.db.delete(sessions).where(eq(sessions.userId, userId));
    history.push('/parks');

    await signInPage();
    expect(history.location.pathname).toBe('/sign-in');
    expect(searchOf(history).get('redirect')).toBe('/parks');

    await user.type(usernameField(), api.user?.username ?? '');
    await user.type(passwordField(), TEST_PASSWORD);
    await user.click(signInButton());

    expect(await screen.findByRole('heading', { level: 1, name: '园区' })).toBeVisible();
    expect(history.location.pathname).toBe('/parks');
    expect(await screen.findByRole('table', { name: '园区列表' })).toBeInTheDocument();
  });
});

describe('where sign-in lands', () => {
  beforeEach(() => api.signInAs('none'));

  async function signInFromTheRoot(username: string) {
    const view = renderApp('/');
    await signInPage();
    await view.user.type(usernameField(), username);
    await view.user.type(passwordField(), TEST_PASSWORD);
    await view.user.click(signInButton());
    return view;
  }

  it('takes an editor of one chain to that chain, the overview a link away', async () => {
    const [chain] = await api.db
      .select({ id: chains.id, name: chains.name })
      .from(chains)
      .where(eq(chains.id, 1));
    const { user, history } = await signInFromTheRoot(editor.username);
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(chain?.name ?? '') }),
    ).toBeVisible();
    expect(history.location.pathname).toBe('/chains/1');
    await user.click(screen.getByRole('link', { name: '返回总览' }));
    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
    await api.signInAs('none');
  });

  it('shows an editor of several chains the overview of just theirs, the city’s one click away', async () => {
    const several = await createTestUser(api.db, { role: 'editor', chainIds: [1, 2] });
    const { user, history } = await signInFromTheRoot(several.username);
    expect(await screen.findByText('只显示您负责的 2 条产业链。')).toBeVisible();
    expect(searchOf(history).get('mine')).toBe('true');
    await user.click(screen.getByRole('link', { name: '查看全市产业链' }));
    expect(await screen.findByText(/显示 12 \/ 12 条产业链/)).toBeVisible();
    await api.signInAs('none');
  });

  it('keeps a viewer on the city’s overview', async () => {
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    const { history } = await signInFromTheRoot(viewer.username);
    expect(await screen.findByText(/显示 12 \/ 12 条产业链/)).toBeVisible();
    expect(history.location.pathname).toBe('/');
    await api.signInAs('none');
  });
});

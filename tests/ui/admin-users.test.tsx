import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { gunzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chains, loginAttempts, sessions, userChainScopes, users } from '@server/db/schema';
import { decryptBackup, isEncryptedBackup } from '@server/db/backup/encryption';
import { serverError } from '@mocks/faults';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { sampleNow } from '../support/sample-clock';
import { countRows } from '../support/screen-text';
import { createTestUser } from '../support/sessions';

// Signed in as an administrator unless a block says otherwise.
const api = setupApiServer();

async function firstChains(n: number) {
  return api.db
    .select({ id: chains.id, name: chains.name })
    .from(chains)
    .orderBy(asc(chains.id))
    .limit(n);
}

async function usersTable() {
  return screen.findByRole('table', { name: '用户列表' });
}

function rowOf(table: HTMLElement, username: string): HTMLElement {
  const cell = within(table).getByText(username, { selector: 'td *, td' });
  const row = cell.closest('tr');
  if (!row) throw new Error(`No row for ${username}`);
  return row;
}

/** The confirmation after a save, announced in the page's status line. */
async function expectDone(text: string) {
  expect(await screen.findByText(text)).toHaveAttribute('role', 'status');
}

async function openCreateDialog(user: ReturnType<typeof renderApp>['user']) {
  await usersTable();
  await user.click(screen.getByRole('button', { name: '新建用户' }));
  return screen.findByRole('dialog', { name: '新建用户' });
}

describe('users screen for administrators', () => {
  /** Keeps the file the page hands to the browser's download: jsdom has no object URLs. */
  function catchDownload() {
    const { createObjectURL, revokeObjectURL } = URL;
    let handed: Blob | undefined;
    URL.createObjectURL = (blob: Blob) => {
      handed = blob;
      return 'blob:backup';
    };
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    return {
      click,
      async file() {
        await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
        const link = click.mock.contexts[0] as HTMLAnchorElement;
        return { name: link.download, bytes: new Uint8Array(await (handed as Blob).arrayBuffer()) };
      },
      restore() {
        click.mockRestore();
        Object.assign(URL, { createObjectURL, revokeObjectURL });
      },
    };
  }

  it('downloads a full backup of the database as a file', async () => {
    const download = catchDownload();
    const { user } = renderApp('/admin/users');
    await usersTable();

    await user.click(screen.getByRole('button', { name: '下载完整备份' }));
    const dialog = await screen.findByRole('dialog', { name: '下载完整备份' });
    // No passphrase: the plain file.
    await user.click(within(dialog).getByRole('button', { name: '下载' }));

    const { name, bytes } = await download.file();
    expect(name).toMatch(/^chainboard-\d{4}-\d{2}-\d{2}\.backup$/);
    const [header] = strFromU8(gunzipSync(bytes)).split('\n');
    expect(JSON.parse(header ?? '')).toMatchObject({ format: 'chainboard-backup' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    download.restore();
  });

  it('encrypts the backup with a passphrase typed twice alike', async () => {
    const download = catchDownload();
    const { user } = renderApp('/admin/users');
    await usersTable();
    await user.click(screen.getByRole('button', { name: '下载完整备份' }));
    const dialog = await screen.findByRole('dialog', { name: '下载完整备份' });
    const passphrase = within(dialog).getByLabelText('加密口令（可不填）');
    const again = within(dialog).getByLabelText('再次输入口令');

    await user.type(passphrase, 'too short');
    await user.click(within(dialog).getByRole('button', { name: '下载' }));
    expect(await within(dialog).findByText('至少 12 个字符。')).toBeVisible();
    expect(within(dialog).getByText('两次输入的口令不一致。')).toBeVisible();
    expect(download.click).not.toHaveBeenCalled();

    await user.clear(passphrase);
    await user.type(passphrase, 'a long enough passphrase');
    await user.type(again, 'a long enough passphrase');
    await user.click(within(dialog).getByRole('button', { name: '下载' }));

    const { name, bytes } = await download.file();
    expect(name).toMatch(/^chainboard-\d{4}-\d{2}-\d{2}\.encrypted\.backup$/);
    expect(isEncryptedBackup(bytes)).toBe(true);
    const [header] = strFromU8(
      gunzipSync(await decryptBackup(bytes, 'a long enough passphrase')),
    ).split('\n');
    expect(JSON.parse(header ?? '')).toMatchObject({ format: 'chainboard-backup' });
    download.restore();
  });

  it('is linked from the main navigation', async () => {
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: '主导航' });

    await user.click(within(nav).getByRole('link', { name: '用户管理' }));

    expect(await screen.findByRole('heading', { level: 1, name: '用户管理' })).toBeVisible();
    const table = await usersTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['用户名', '显示名称', '邮箱', '角色', '可编辑的产业链', '状态', '最后修改', '操作']);
    const stored = await countRows(api.db, users);
    expect(within(table).getAllByRole('row')).toHaveLength(stored + 1);
    expect(screen.getByText(`共 ${stored} 个用户`)).toBeVisible();
  });

  it('creates an editor with a chain scope and lists them', async () => {
    const [first, second] = await firstChains(2);
    if (!first || !second) throw new Error('The sample has fewer than two chains');
    const { user } = renderApp('/admin/users');
    const dialog = await openCreateDialog(user);
    const form = within(dialog);

    await user.type(form.getByLabelText('用户名'), 'li.hua');
    await user.type(form.getByLabelText('显示名称'), '李华');
    await user.selectOptions(form.getByLabelText('角色'), '编辑者');
    const scope = form.getByRole('group', { name: '可编辑的产业链' });
    await user.click(await within(scope).findByRole('checkbox', { name: second.name }));
    await user.click(within(scope).getByRole('checkbox', { name: first.name }));
    await user.type(form.getByLabelText('初始密码'), 'A-long-enough-password');
    await user.click(form.getByRole('button', { name: '创建用户' }));

    await expectDone('已创建用户 李华。');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const row = rowOf(await usersTable(), 'li.hua');
    expect(within(row).getByText('李华')).toBeVisible();
    expect(within(row).getByText('编辑者')).toBeVisible();
    expect(within(row).getByRole('link', { name: first.name })).toBeVisible();
    expect(within(row).getByRole('link', { name: second.name })).toBeVisible();

    const [created] = await api.db.select().from(users).where(eq(users.username, 'li.hua'));
    expect(created).toMatchObject({ displayName: '李华', role: 'editor', disabledAt: null });
    const scopes = await api.db
      .select({ chainId: userChainScopes.chainId })
      .from(userChainScopes)
      .where(eq(userChainScopes.userId, created?.id ?? 0))
      .orderBy(asc(userChainScopes.chainId));
    expect(scopes.map((entry) => entry.chainId)).toEqual([first.id, second.id]);
  });

  it('shows what the form lacks next to each field before sending', async () => {
    const { user } = renderApp('/admin/users');
    const dialog = await openCreateDialog(user);
    const form = within(dialog);
    const before = await countRows(api.db, users);

    await user.type(form.getByLabelText('用户名'), 'Wang Wu');
    await user.selectOptions(form.getByLabelText('角色'), '编辑者');
    await user.type(form.getByLabelText('初始密码'), 'short');
    await user.click(form.getByRole('button', { name: '创建用户' }));

    expect(await form.findByText('只能使用小写字母、数字以及 . _ -。')).toBeVisible();
    expect(form.getByLabelText('用户名')).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByLabelText('显示名称')).toHaveAccessibleDescription('必填。');
    expect(form.getByLabelText('初始密码')).toHaveAccessibleDescription(
      expect.stringContaining('至少 10 个字符。'),
    );
    expect(
      within(form.getByRole('group', { name: '可编辑的产业链' })).getByText(
        '编辑者至少需要一条可编辑的产业链。',
      ),
    ).toBeVisible();
    expect(await countRows(api.db, users)).toBe(before);
  });

  it('puts the server’s answer about a taken username next to the username', async () => {
    const taken = api.user?.username ?? '';
    const { user } = renderApp('/admin/users');
    const dialog = await openCreateDialog(user);
    const form = within(dialog);
    const before = await countRows(api.db, users);

    await user.type(form.getByLabelText('用户名'), taken);
    await user.type(form.getByLabelText('显示名称'), '重名的人');
    await user.type(form.getByLabelText('初始密码'), 'A-long-enough-password');
    await user.click(form.getByRole('button', { name: '创建用户' }));

    const username = form.getByLabelText('用户名');
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    expect(username).toHaveAccessibleDescription(expect.stringContaining('已被使用，请换一个。'));
    expect(username).toHaveFocus();
    expect(screen.getByRole('dialog', { name: '新建用户' })).toBeVisible();
    expect(await countRows(api.db, users)).toBe(before);
  });

  it('changes a user’s role, name and status', async () => {
    const person = await createTestUser(api.db, { role: 'viewer' });
    const { user } = renderApp('/admin/users');
    const row = rowOf(await usersTable(), person.username);

    await user.click(within(row).getByRole('button', { name: `编辑 ${person.username}` }));
    const dialog = await screen.findByRole('dialog', {
      name: `编辑用户：${person.username}`,
    });
    const form = within(dialog);
    expect(form.queryByRole('group', { name: '可编辑的产业链' })).not.toBeInTheDocument();
    await user.clear(form.getByLabelText('显示名称'));
    await user.type(form.getByLabelText('显示名称'), '新名字');
    await user.selectOptions(form.getByLabelText('角色'), '系统管理员');
    await user.click(form.getByRole('checkbox', { name: '停用此账号（不能再登录）' }));
    await user.click(form.getByRole('button', { name: '保存' }));

    await expectDone('已保存 新名字 的修改。');
    const updated = rowOf(await usersTable(), person.username);
    expect(within(updated).getByText('新名字')).toBeVisible();
    expect(within(updated).getByText('系统管理员')).toBeVisible();
    expect(within(updated).getByText('已停用')).toBeVisible();
    const [stored] = await api.db.select().from(users).where(eq(users.id, person.id));
    expect(stored?.role).toBe('admin');
    expect(stored?.disabledAt).not.toBeNull();
  });

  /** Another administrator saves `person` through the API while this screen's form is open. */
  async function anotherAdminSaves(personId: number, changes: Record<string, unknown>) {
    const [stored] = await api.db.select().from(users).where(eq(users.id, personId));
    if (!stored) throw new Error('the user is gone');
    const other = await api.otherUser('admin');
    const response = await api.app.request(`/api/users/${personId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: other.cookie },
      body: JSON.stringify({
        displayName: stored.displayName,
        role: stored.role,
        chainIds: [],
        disabled: stored.disabledAt !== null,
        version: stored.version,
        ...changes,
      }),
    });
    expect(response.status).toBe(200);
    return other;
  }

  it('keeps what someone else changed meanwhile and saves my rename on top of it', async () => {
    const person = await createTestUser(api.db, { role: 'viewer' });
    const { user } = renderApp('/admin/users');
    const row = rowOf(await usersTable(), person.username);
    await user.click(within(row).getByRole('button', { name: `编辑 ${person.username}` }));
    const dialog = await screen.findByRole('dialog', { name: `编辑用户：${person.username}` });
    const form = within(dialog);

    const other = await anotherAdminSaves(person.id, { disabled: true });
    await user.clear(form.getByLabelText('显示名称'));
    await user.type(form.getByLabelText('显示名称'), '我改的名字');
    await user.click(form.getByRole('button', { name: '保存' }));

    expect(await form.findByRole('alert')).toHaveTextContent(`${other.displayName} 于`);
    const table = form.getByRole('table', { name: '对方保存的内容与您的修改' });
    const disabledRow = within(table).getByRole('row', { name: /停用此账号/ });
    expect(within(disabledRow).getByRole('cell', { name: '他人修改，已保留' })).toBeVisible();
    const nameRow = within(table).getByRole('row', { name: /显示名称/ });
    expect(within(nameRow).getByRole('cell', { name: '我的修改，已保留' })).toBeVisible();
    expect(form.queryByRole('radio')).not.toBeInTheDocument();

    await user.click(form.getByRole('button', { name: '按所选合并后保存' }));
    await expectDone('已保存 我改的名字 的修改。');
    const [stored] = await api.db.select().from(users).where(eq(users.id, person.id));
    expect(stored?.displayName).toBe('我改的名字');
    expect(stored?.disabledAt).not.toBeNull();
  });

  it('asks which name to keep when both renamed; keeping theirs shows their version to edit again', async () => {
    const person = await createTestUser(api.db, { role: 'viewer' });
    const { user } = renderApp('/admin/users');
    const row = rowOf(await usersTable(), person.username);
    await user.click(within(row).getByRole('button', { name: `编辑 ${person.username}` }));
    const dialog = await screen.findByRole('dialog', { name: `编辑用户：${person.username}` });
    const form = within(dialog);

    await anotherAdminSaves(person.id, { displayName: '别人改的名字' });
    await user.clear(form.getByLabelText('显示名称'));
    await user.type(form.getByLabelText('显示名称'), '我改的名字');
    await user.click(form.getByRole('button', { name: '保存' }));

    const choice = await form.findByRole('group', { name: '“显示名称”保留哪一方' });
    expect(within(choice).getByRole('radio', { name: '对方的' })).not.toBeChecked();
    expect(within(choice).getByRole('radio', { name: '我的' })).not.toBeChecked();
    expect(form.getByRole('button', { name: '按所选合并后保存' })).toBeDisabled();

    await user.click(form.getByRole('button', { name: '保留对方的，放弃我的修改' }));
    expect(await form.findByText(/其他人修改了此用户/)).toHaveAttribute('role', 'alert');
    expect(form.getByLabelText('显示名称')).toHaveValue('别人改的名字');

    // Saved again on their version, the change goes through.
    await user.clear(form.getByLabelText('显示名称'));
    await user.type(form.getByLabelText('显示名称'), '我改的名字');
    await user.click(form.getByRole('button', { name: '保存' }));

    await expectDone('已保存 我改的名字 的修改。');
    const [stored] = await api.db.select().from(users).where(eq(users.id, person.id));
    expect(stored?.displayName).toBe('我改的名字');
  });

  it('offers the roles of the accounts the system administrator keeps, and no credentials', async () => {
    const security = await createTestUser(api.db, { role: 'security_admin' });
    const { user } = renderApp('/admin/users');
    const table = await usersTable();

    // 三权分立: the security administrator's account is not the system administrator's to edit,
    // and nobody's password is theirs to reset.
    const row = rowOf(table, security.username);
    expect(within(row).queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /重置密码/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '登录限制' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载完整备份' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: '新建用户' }));
    const dialog = await screen.findByRole('dialog', { name: '新建用户' });
    const choices = within(within(dialog).getByLabelText('角色')).getAllByRole('option');
    expect(choices.map((option) => option.textContent)).toEqual([
      '查看者',
      '编辑者',
      '系统管理员',
      '部门用户',
    ]);
  });

  it('closes a dialog on 取消 without saving', async () => {
    const { user } = renderApp('/admin/users');
    const dialog = await openCreateDialog(user);
    await user.type(within(dialog).getByLabelText('用户名'), 'never.saved');

    await user.click(within(dialog).getByRole('button', { name: '取消' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新建用户' })).toHaveFocus();
    expect(await countRows(api.db, users, eq(users.username, 'never.saved'))).toBe(0);
  });

  it('goes to sign-in when the session has ended by the time of saving', async () => {
    const { user, history } = renderApp('/admin/users');
    const dialog = await openCreateDialog(user);
    const form = within(dialog);
    await user.type(form.getByLabelText('用户名'), 'late.saver');
    await user.type(form.getByLabelText('显示名称'), '迟到的人');
    await user.type(form.getByLabelText('初始密码'), 'A-long-enough-password');

    await api.db.delete(sessions).where(eq(sessions.userId, api.user?.id ?? 0));
    await user.click(form.getByRole('button', { name: '创建用户' }));

    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeVisible();
    expect(history.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(String(history.location.search)).get('redirect')).toBe(
      '/admin/users',
    );
    expect(await countRows(api.db, users, eq(users.username, 'late.saver'))).toBe(0);
    await api.signInAs('admin');
  });

  it('is in English on English pages', async () => {
    renderApp('/admin/users', { language: 'en-US' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Users' });
    const me = rowOf(table, api.user?.username ?? '');
    expect(within(me).getByText('System administrator')).toBeVisible();
    expect(within(me).getByText('All chains')).toBeVisible();
    expect(screen.getByRole('button', { name: 'New user' })).toBeVisible();
  });
});

describe('users screen for the security administrator', () => {
  beforeAll(async () => {
    await api.signInAs({ role: 'security_admin' });
  });
  afterAll(async () => {
    await api.signInAs('admin');
  });

  it('lists every user without their chains, and offers no backup', async () => {
    renderApp('/admin/users');
    const table = await usersTable();

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['用户名', '显示名称', '邮箱', '角色', '状态', '最后修改', '操作']);
    const stored = await countRows(api.db, users);
    expect(within(table).getAllByRole('row')).toHaveLength(stored + 1);
    expect(screen.queryByRole('button', { name: '下载完整备份' })).not.toBeInTheDocument();
  });

  it('edits only security and audit administrators, and resets anyone’s password', async () => {
    const viewer = await createTestUser(api.db, { role: 'viewer' });
    const auditor = await createTestUser(api.db, { role: 'audit_admin' });
    const { user } = renderApp('/admin/users');
    const table = await usersTable();

    const viewerRow = rowOf(table, viewer.username);
    expect(within(viewerRow).queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(
      within(viewerRow).getByRole('button', { name: `重置密码：${viewer.username}` }),
    ).toBeVisible();

    await user.click(
      within(rowOf(table, auditor.username)).getByRole('button', {
        name: `编辑 ${auditor.username}`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: `编辑用户：${auditor.username}` });
    const choices = within(within(dialog).getByLabelText('角色')).getAllByRole('option');
    expect(choices.map((option) => option.textContent)).toEqual(['安全管理员', '审计管理员']);
  });

  it('creates an audit administrator', async () => {
    const { user } = renderApp('/admin/users');
    const dialog = await openCreateDialog(user);
    const form = within(dialog);
    expect(
      within(form.getByLabelText('角色'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['安全管理员', '审计管理员']);

    await user.type(form.getByLabelText('用户名'), 'shen.ji');
    await user.type(form.getByLabelText('显示名称'), '审计员沈');
    await user.selectOptions(form.getByLabelText('角色'), '审计管理员');
    await user.type(form.getByLabelText('初始密码'), 'A-long-enough-password-1');
    await user.click(form.getByRole('button', { name: '创建用户' }));

    await expectDone('已创建用户 审计员沈。');
    expect(within(rowOf(await usersTable(), 'shen.ji')).getByText('审计管理员')).toBeVisible();
    const [created] = await api.db.select().from(users).where(eq(users.username, 'shen.ji'));
    expect(created).toMatchObject({ role: 'audit_admin', displayName: '审计员沈' });
  });

  it('resets a password, which ends the user’s sessions', async () => {
    const person = await createTestUser(api.db, { role: 'viewer' });
    const [before] = await api.db.select().from(users).where(eq(users.id, person.id));
    expect(
      await countRows(
        api.db,
        sessions,
        and(eq(sessions.userId, person.id), isNull(sessions.endedAt)),
      ),
    ).toBe(1);
    const { user } = renderApp('/admin/users');
    const row = rowOf(await usersTable(), person.username);

    await user.click(within(row).getByRole('button', { name: `重置密码：${person.username}` }));
    const dialog = await screen.findByRole('dialog', { name: `重置密码：${person.username}` });
    await user.type(within(dialog).getByLabelText('新密码'), 'Another-long-password-2');
    await user.click(within(dialog).getByRole('button', { name: '重置密码' }));

    await expectDone(`已重置 ${before?.displayName} 的密码。`);
    const [stored] = await api.db.select().from(users).where(eq(users.id, person.id));
    expect(stored?.passwordHash).not.toBe(before?.passwordHash);
    // Ended, not deleted: the user's next request is told why.
    expect(
      await countRows(
        api.db,
        sessions,
        and(eq(sessions.userId, person.id), isNull(sessions.endedAt)),
      ),
    ).toBe(0);
  });

  it('lists who waits after wrong passwords and clears one, after which nothing is throttled', async () => {
    const typist = await createTestUser(api.db, { role: 'editor', chainIds: [1] });
    // Seven wrong passwords at the API's clock from one address: two past the free ones.
    await api.db.insert(loginAttempts).values(
      Array.from({ length: 7 }, () => ({
        username: typist.username,
        clientAddress: '198.51.100.7',
        succeeded: false,
        at: sampleNow(),
      })),
    );
    const { user } = renderApp('/admin/users');

    const section = await screen.findByRole('region', { name: '登录限制' });
    const table = await within(section).findByRole('table', { name: '受限的登录' });
    const row = rowOf(table, typist.username);
    expect(within(row).getByText('198.51.100.7')).toBeVisible();
    expect(within(row).getByText('7')).toBeVisible();
    // The API's clock is the sample day, long past: the wait is over, the count still stands.
    expect(within(row).getByText('已可重试（再错一次等待加倍）')).toBeVisible();

    await user.click(
      within(row).getByRole('button', { name: `解除：${typist.username}（198.51.100.7）` }),
    );

    await expectDone(`已解除 ${typist.username}（198.51.100.7） 的登录限制。`);
    expect(await within(section).findByText('当前没有受限的登录。')).toBeVisible();
    const stored = await api.db
      .select({ clearedBy: loginAttempts.clearedBy })
      .from(loginAttempts)
      .where(eq(loginAttempts.username, typist.username));
    expect(stored.map((attempt) => attempt.clearedBy)).toEqual(Array(7).fill(api.user?.username));
  });

  it('says when the throttles cannot be loaded, and loads them again on 重试', async () => {
    api.server.use(serverError({ path: '*/api/login-throttles' }));
    const { user } = renderApp('/admin/users');

    const section = await screen.findByRole('region', { name: '登录限制' });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('服务器出错（500）');
    api.server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: '重试' }));

    expect(await within(section).findByText('当前没有受限的登录。')).toBeVisible();
  });
});

describe.each(['viewer', 'audit_admin'] as const)('users screen for a %s', (role) => {
  beforeAll(async () => {
    await api.signInAs({ role });
  });
  afterAll(async () => {
    await api.signInAs('admin');
  });

  it('has no link in the navigation', async () => {
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getAllByRole('link').length).toBeGreaterThan(0);
    expect(within(nav).queryByRole('link', { name: '用户管理' })).not.toBeInTheDocument();
  });

  it('says there is no permission at the address', async () => {
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: '没有权限' })).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建用户' })).not.toBeInTheDocument();
  });
});

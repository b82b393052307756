import { screen, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { countRows } from '../support/screen-text';
import { createTestUser } from '../support/sessions';

// Signed in as the system administrator.
const api = setupApiServer();

async function usersTable() {
  return screen.findByRole('table', { name: '用户列表' });
}

function rowOf(table: HTMLElement, username: string): HTMLElement {
  const row = within(table).getByText(username, { selector: 'td *, td' }).closest('tr');
  if (!row) throw new Error(`No row for ${username}`);
  return row;
}

const storedEmail = async (username: string) =>
  (await api.db.select({ email: users.email }).from(users).where(eq(users.username, username)))[0]
    ?.email;

describe('a user’s e-mail address on the users screen', () => {
  it('is given when creating a user and shown in their row', async () => {
    const { user } = renderApp('/admin/users');
    await usersTable();
    await user.click(screen.getByRole('button', { name: '新建用户' }));
    const form = within(await screen.findByRole('dialog', { name: '新建用户' }));

    await user.type(form.getByLabelText('用户名'), 'zhao.liu');
    await user.type(form.getByLabelText('显示名称'), '赵六');
    expect(form.getByLabelText('邮箱（可不填）')).toHaveAccessibleDescription(
      expect.stringContaining('每天给此邮箱发一封邮件'),
    );
    await user.type(form.getByLabelText('邮箱（可不填）'), 'zhao.liu@example.com');
    await user.type(form.getByLabelText('初始密码'), 'A-long-enough-password');
    await user.click(form.getByRole('button', { name: '创建用户' }));

    expect(await screen.findByText('已创建用户 赵六。')).toBeVisible();
    const row = rowOf(await usersTable(), 'zhao.liu');
    expect(within(row).getByText('zhao.liu@example.com')).toBeVisible();
    expect(await storedEmail('zhao.liu')).toBe('zhao.liu@example.com');
  });

  it('says next to the field when it is not an address, and creates nobody', async () => {
    const { user } = renderApp('/admin/users');
    await usersTable();
    await user.click(screen.getByRole('button', { name: '新建用户' }));
    const form = within(await screen.findByRole('dialog', { name: '新建用户' }));
    const before = await countRows(api.db, users);

    await user.type(form.getByLabelText('用户名'), 'qian.qi');
    await user.type(form.getByLabelText('显示名称'), '钱七');
    await user.type(form.getByLabelText('邮箱（可不填）'), 'qian.qi@');
    await user.type(form.getByLabelText('初始密码'), 'A-long-enough-password');
    await user.click(form.getByRole('button', { name: '创建用户' }));

    const field = form.getByLabelText('邮箱（可不填）');
    expect(
      await form.findByText('请填写有效的邮箱地址，如 name@example.com；不需要可留空。'),
    ).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await countRows(api.db, users)).toBe(before);
  });

  it('is changed and removed in the edit form', async () => {
    const person = await createTestUser(api.db, { role: 'viewer' });
    await api.db.update(users).set({ email: 'before@example.com' }).where(eq(users.id, person.id));
    const { user } = renderApp('/admin/users');

    const edit = async () => {
      const row = rowOf(await usersTable(), person.username);
      await user.click(within(row).getByRole('button', { name: `编辑 ${person.username}` }));
      return within(await screen.findByRole('dialog', { name: `编辑用户：${person.username}` }));
    };
    let form = await edit();
    const field = form.getByLabelText('邮箱（可不填）');
    expect(field).toHaveValue('before@example.com');
    await user.clear(field);
    await user.type(field, 'after@example.com');
    await user.click(form.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(`已保存 ${person.displayName} 的修改。`)).toBeVisible();
    expect(await storedEmail(person.username)).toBe('after@example.com');
    expect(
      within(rowOf(await usersTable(), person.username)).getByText('after@example.com'),
    ).toBeVisible();

    form = await edit();
    await user.clear(form.getByLabelText('邮箱（可不填）'));
    await user.click(form.getByRole('button', { name: '保存' }));
    expect(
      await within(rowOf(await usersTable(), person.username)).findByText('未填写'),
    ).toBeVisible();
    expect(await storedEmail(person.username)).toBeNull();
  });
});

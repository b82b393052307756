import { screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '@server/app/auth/passwords';
import { users } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { TEST_PASSWORD } from '../support/sessions';

const api = setupApiServer({ signIn: { role: 'editor', chainIds: [1] } });

// A user of their own per test: a changed password must not leak into the next test.
beforeEach(async () => {
  await api.signInAs({ role: 'editor', chainIds: [1] });
});

async function storedHash() {
  const id = api.user?.id;
  if (id === undefined) throw new Error('signed in');
  const [row] = await api.db.select().from(users).where(eq(users.id, id));
  return row?.passwordHash ?? '';
}

async function openDialog() {
  const { user } = renderApp('/');
  const menu = await screen.findByRole('group', { name: '当前用户' });
  await user.click(within(menu).getByRole('button', { name: '修改密码' }));
  const dialog = await screen.findByRole('dialog', { name: '修改密码' });
  return { user, dialog };
}

describe('changing one’s own password', () => {
  it('says on its field that the current password is wrong, then changes it with the right one', async () => {
    const before = await storedHash();
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText('当前密码'), 'not-my-password');
    await user.type(within(dialog).getByLabelText('新密码'), 'a-new-passphrase-9');
    await user.type(within(dialog).getByLabelText('再次输入新密码'), 'a-new-passphrase-9');
    await user.click(within(dialog).getByRole('button', { name: '修改密码' }));

    const current = within(dialog).getByLabelText('当前密码');
    await waitFor(() => expect(current).toHaveAccessibleDescription('当前密码不正确。'));
    expect(await storedHash()).toBe(before);

    await user.clear(current);
    await user.type(current, TEST_PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: '修改密码' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The overview's export-all control has a status of its own (empty until it exports).
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
      '密码已修改。',
    );
    expect(await verifyPassword('a-new-passphrase-9', await storedHash())).toBe(true);
    // Still signed in here: the page goes on without a sign-in.
    expect(screen.getByRole('group', { name: '当前用户' })).toBeVisible();
  });

  it('checks the new password typed twice and its length before sending anything', async () => {
    const before = await storedHash();
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText('当前密码'), TEST_PASSWORD);
    await user.type(within(dialog).getByLabelText('新密码'), 'short');
    await user.type(within(dialog).getByLabelText('再次输入新密码'), 'shorter');
    await user.click(within(dialog).getByRole('button', { name: '修改密码' }));

    const newPassword = within(dialog).getByLabelText('新密码');
    await waitFor(() => expect(newPassword).toHaveAttribute('aria-invalid', 'true'));
    expect(newPassword).toHaveAccessibleDescription(/至少 10 个字符。$/);
    expect(within(dialog).getByLabelText('再次输入新密码')).toHaveAccessibleDescription(
      '两次输入的新密码不一致。',
    );
    expect(await storedHash()).toBe(before);
  });
});

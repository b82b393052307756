import { useMutation } from '@tanstack/react-query';
import { ApiError, apiSend } from '@/lib/api-client';

/** Ends the session on the server; one that has already ended counts as signed out. */
export async function signOut(): Promise<void> {
  try {
    await apiSend('POST', '/api/auth/logout', undefined, null);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return;
    throw error;
  }
}

export function useSignOut() {
  return useMutation({ mutationFn: signOut });
}

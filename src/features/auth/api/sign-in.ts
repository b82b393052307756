import { useMutation } from '@tanstack/react-query';
import type { LoginBody } from '@server/contract/auth';
import type { Session } from '@/lib/auth';
import { apiSend } from '@/lib/api-client';

export function signIn(body: LoginBody): Promise<Session> {
  return apiSend('POST', '/api/auth/login', body, () =>
    import('@server/contract/auth').then((contract) => contract.sessionSchema),
  );
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}

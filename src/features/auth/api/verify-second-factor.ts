import { useMutation } from '@tanstack/react-query';
import type { SecondFactorBody, Session } from '@server/contract/auth';
import { apiSend } from '@/lib/api-client';

/** The sign-in step `second_factor`: a code of the authenticator app, or a recovery code. */
export function verifySecondFactor(body: SecondFactorBody): Promise<Session> {
  return apiSend('POST', '/api/auth/second-factor', body, () =>
    import('@server/contract/auth').then((contract) => contract.sessionSchema),
  );
}

export function useVerifySecondFactor() {
  return useMutation({ mutationFn: verifySecondFactor });
}

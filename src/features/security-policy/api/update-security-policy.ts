import type { z } from 'zod';
import type { SecurityPolicy, securityPolicyBodySchema } from '@server/contract/security';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { useWriteMutation } from '@/lib/write-mutation';

export type SecurityPolicyBody = z.output<typeof securityPolicyBodySchema>;

export function updateSecurityPolicy(body: SecurityPolicyBody): Promise<SecurityPolicy> {
  return apiSend('PUT', '/api/security/policy', body, () =>
    import('@server/contract/security').then((contract) => contract.securityPolicySchema),
  );
}

/** The page shows the policy as saved (its new version) at once, then reads it again. */
export function useUpdateSecurityPolicy() {
  return useWriteMutation<SecurityPolicyBody, SecurityPolicy, SecurityPolicy>({
    send: updateSecurityPolicy,
    queryKey: queryKeys.securityPolicy(),
    answered: (_cached, saved) => saved,
    touches: () => [queryKeys.securityPolicy()],
  });
}

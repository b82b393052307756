import type { z } from 'zod';
import type { ChainDetail, Policy } from '@server/contract/chains';
import type { policyBodySchema, policyRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/**
 * `PUT /api/policies/{id}`: a policy's fields, and whether it is retired (废止) — retiring and
 * restoring are this same write.
 */
export type PolicyBody = z.output<typeof policyBodySchema>;
type PolicyRecord = z.output<typeof policyRecordSchema>;

export function updatePolicy(policyId: number, body: PolicyBody) {
  return apiSend('PUT', `/api/policies/${policyId}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.policyRecordSchema),
  );
}

/** A policy as the update body wants it (from the chain page or a 409's record). */
export function policyBody(policy: Omit<Policy, 'updatedAt' | 'updatedBy'>): PolicyBody {
  return {
    title: policy.title,
    docNumber: policy.docNumber,
    issuer: policy.issuer,
    issuedOn: policy.issuedOn,
    status: policy.status,
    budgetWan: policy.budgetWan,
    disbursedWan: policy.disbursedWan,
    beneficiaries: policy.beneficiaries,
    retired: policy.retiredAt !== null,
    version: policy.version,
  };
}

function withPolicy(
  chain: ChainDetail,
  policyId: number,
  change: (policy: Policy) => Policy,
): ChainDetail {
  const previous = chain.fiveOnes.policy_package;
  const policies = previous.policies.map((policy) =>
    policy.id === policyId ? change(policy) : policy,
  );
  return { ...chain, fiveOnes: { ...chain.fiveOnes, policy_package: { ...previous, policies } } };
}

export function useUpdatePolicy(chainId: number, policyId: number) {
  return useWriteMutation<PolicyBody, PolicyRecord, ChainDetail>({
    send: (body) => updatePolicy(policyId, body),
    queryKey: queryKeys.chains.detail(chainId),
    optimistic: (chain, { retired, version: _version, ...fields }) =>
      withPolicy(chain, policyId, (policy) => ({
        ...policy,
        ...fields,
        // Retired now, or still since it was; the server sets the exact time.
        retiredAt: retired ? (policy.retiredAt ?? new Date().toISOString()) : null,
      })),
    answered: (chain, { chainId: _chainId, ...record }) =>
      withPolicy(chain, policyId, () => record),
    touches: () => touches.chain(chainId),
  });
}

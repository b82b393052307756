import type { Policy } from '@server/contract/chains';

/**
 * A policy as the update body wants it (from the chain page or a 409's record): `retired` is
 * whether it has a `retiredAt`, the rest is the same fields by the same names.
 */
export function policyBody(policy: Omit<Policy, 'updatedAt' | 'updatedBy'>) {
  return {
    title: policy.title,
    docNumber: policy.docNumber,
    issuer: policy.issuer,
    issuedOn: policy.issuedOn,
    status: policy.status,
    budgetWan: policy.budgetWan,
    disbursedWan: policy.disbursedWan,
    beneficiaries: policy.beneficiaries,
    retired: policy.retiredAt !== null && policy.retiredAt !== undefined,
    version: policy.version,
  };
}

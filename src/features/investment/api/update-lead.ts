import type { z } from 'zod';
import type { LeadDetail } from '@server/contract/investment';
import type { leadBodySchema } from '@server/contract/investment-writes';
import type { LeadRecord } from '@/features/investment/api/create-lead';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/leads/{id}`: every field of a lead, on the version it was shown with. */
export type LeadBody = z.output<typeof leadBodySchema>;

export function updateLead(leadId: number, body: LeadBody) {
  return apiSend('PUT', `/api/leads/${leadId}`, body, () =>
    import('@server/contract/investment-writes').then((contract) => contract.leadRecordSchema),
  );
}

type Fields = Pick<
  LeadRecord,
  | 'action'
  | 'stage'
  | 'identifiedOn'
  | 'contactedOn'
  | 'visitedOn'
  | 'negotiatingOn'
  | 'signedOn'
  | 'droppedOn'
  | 'dropReason'
  | 'expectedInvestmentYi'
  | 'nextStep'
  | 'nextStepDueOn'
  | 'note'
>;

/** The lead's own fields show at once; what it names (link, firm, owner) comes with the reload. */
function withFields(lead: LeadDetail, fields: Fields): LeadDetail {
  return {
    ...lead,
    action: fields.action,
    stage: fields.stage,
    identifiedOn: fields.identifiedOn,
    contactedOn: fields.contactedOn,
    visitedOn: fields.visitedOn,
    negotiatingOn: fields.negotiatingOn,
    signedOn: fields.signedOn,
    droppedOn: fields.droppedOn,
    dropReason: fields.dropReason,
    expectedInvestmentYi: fields.expectedInvestmentYi,
    nextStep: fields.nextStep,
    nextStepDueOn: fields.nextStepDueOn,
    note: fields.note,
  };
}

export function useUpdateLead(chainId: number, leadId: number) {
  return useWriteMutation<LeadBody, LeadRecord, LeadDetail>({
    send: (body) => updateLead(leadId, body),
    queryKey: queryKeys.leads.detail(leadId),
    optimistic: withFields,
    answered: (lead, record) => ({
      ...withFields(lead, record),
      version: record.version,
      updatedAt: record.updatedAt,
      updatedBy: record.updatedBy,
    }),
    touches: (body) => touches.lead(chainId, body.stage === 'signed'),
  });
}

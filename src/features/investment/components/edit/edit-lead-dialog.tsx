import { useTranslation } from 'react-i18next';
import type { LeadDetail } from '@server/contract/investment';
import { leadBodySchema, leadRecordSchema } from '@server/contract/investment-writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useUpdateLead } from '@/features/investment/api/update-lead';
import { followLeadField, useLeadFields } from '@/features/investment/components/edit/lead-fields';

export function EditLeadDialog({ lead, onClose }: { lead: LeadDetail; onClose: CloseDialog }) {
  const { t } = useTranslation('investment');
  const form = useLeadFields(lead.chain.id, lead);
  const mutation = useUpdateLead(lead.chain.id, lead.id);
  if (!form) return null;
  return (
    <EditFormDialog
      title={t('investment.leads.edit')}
      schema={leadBodySchema}
      fields={form.fields}
      initialValues={{
        linkId: lead.link.id,
        targetFirmId: lead.targetFirm.id,
        action: lead.action,
        ownerMemberId: lead.ownerMemberId,
        ownerDepartmentId: lead.ownerDepartmentId,
        stage: lead.stage,
        identifiedOn: lead.identifiedOn,
        contactedOn: lead.contactedOn,
        visitedOn: lead.visitedOn,
        negotiatingOn: lead.negotiatingOn,
        signedOn: lead.signedOn,
        droppedOn: lead.droppedOn,
        dropReason: lead.dropReason,
        expectedInvestmentYi: lead.expectedInvestmentYi,
        nextStep: lead.nextStep,
        nextStepDueOn: lead.nextStepDueOn,
        campaignId: lead.campaign?.id ?? null,
        projectId: lead.project?.id ?? null,
        note: lead.note,
        version: lead.version,
      }}
      fromRecord={{
        schema: leadRecordSchema,
        toValues: (record) => ({
          linkId: record.linkId,
          targetFirmId: record.targetFirmId,
          action: record.action,
          ownerMemberId: record.ownerMemberId,
          ownerDepartmentId: record.ownerDepartmentId,
          stage: record.stage,
          identifiedOn: record.identifiedOn,
          contactedOn: record.contactedOn,
          visitedOn: record.visitedOn,
          negotiatingOn: record.negotiatingOn,
          signedOn: record.signedOn,
          droppedOn: record.droppedOn,
          dropReason: record.dropReason,
          expectedInvestmentYi: record.expectedInvestmentYi,
          nextStep: record.nextStep,
          nextStepDueOn: record.nextStepDueOn,
          campaignId: record.campaignId,
          projectId: record.projectId,
          note: record.note,
          version: record.version,
        }),
      }}
      onFieldChange={followLeadField(form.links)}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

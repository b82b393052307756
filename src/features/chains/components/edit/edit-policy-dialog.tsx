import type { Policy } from '@server/contract/chains';
import { policyBodySchema, policyRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { policyBody, useUpdatePolicy } from '@/features/chains/api/update-policy';
import { usePolicyFields } from '@/features/chains/components/edit/policy-fields';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

export function EditPolicyDialog({
  chainId,
  policy,
  onClose,
}: {
  chainId: number;
  policy: Policy;
  onClose: CloseDialog;
}) {
  const { t } = useEditOptions();
  const fields = usePolicyFields();
  const mutation = useUpdatePolicy(chainId, policy.id);
  return (
    <EditFormDialog
      title={t('editing.actions.editPolicy', { title: policy.title })}
      schema={policyBodySchema}
      fields={fields}
      initialValues={policyBody(policy)}
      fromRecord={{ schema: policyRecordSchema, toValues: policyBody }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

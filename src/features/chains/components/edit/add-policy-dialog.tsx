import { policyCreateSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useCreatePolicy } from '@/features/chains/api/create-policy';
import { usePolicyFields } from '@/features/chains/components/edit/policy-fields';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

export function AddPolicyDialog({ chainId, onClose }: { chainId: number; onClose: CloseDialog }) {
  const { t } = useEditOptions();
  const fields = usePolicyFields();
  const mutation = useCreatePolicy(chainId);
  return (
    <EditFormDialog
      title={t('editing.actions.addPolicy')}
      schema={policyCreateSchema}
      fields={fields}
      initialValues={{
        title: '',
        docNumber: null,
        issuer: '',
        issuedOn: null,
        status: 'draft',
        budgetWan: null,
        disbursedWan: null,
        beneficiaries: null,
        retired: false,
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

import * as domain from '@server/contract/domain';
import type { FieldsOf } from '@/components/editing/field-spec';
import type { PolicyCreate } from '@/features/chains/api/create-policy';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

/** A policy's fields, the same to add one as to change one. */
export function usePolicyFields(): FieldsOf<PolicyCreate>[] {
  const { t, enumOptions } = useEditOptions();
  return [
    { name: 'title', label: t('editing.fields.policyTitle'), kind: 'text' },
    { name: 'docNumber', label: t('editing.fields.docNumber'), kind: 'text', nullable: true },
    { name: 'issuer', label: t('editing.fields.issuer'), kind: 'text' },
    { name: 'issuedOn', label: t('editing.fields.issuedOn'), kind: 'date', nullable: true },
    {
      name: 'status',
      label: t('editing.fields.policyStatus'),
      kind: 'select',
      options: enumOptions(domain.policyStatuses, (value) =>
        t(`policyStatus.${value}`, { ns: 'translation' }),
      ),
    },
    { name: 'budgetWan', label: t('editing.fields.budgetWan'), kind: 'number', nullable: true },
    {
      name: 'disbursedWan',
      label: t('editing.fields.disbursedWan'),
      kind: 'number',
      nullable: true,
    },
    {
      name: 'beneficiaries',
      label: t('editing.fields.beneficiaries'),
      kind: 'number',
      nullable: true,
    },
    { name: 'retired', label: t('editing.fields.retired'), kind: 'checkbox' },
  ];
}

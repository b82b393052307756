import { cityDay } from '@server/contract/city-time';
import * as domain from '@server/contract/domain';
import { statusReportCreateSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useCreateStatusReport } from '@/features/chains/api/create-status-report';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';

export function StatusReportDialog({
  chainId,
  onClose,
}: {
  chainId: number;
  onClose: CloseDialog;
}) {
  const { t, enumOptions } = useEditOptions();
  const mutation = useCreateStatusReport(chainId);
  return (
    <EditFormDialog
      title={t('editing.actions.addReport')}
      schema={statusReportCreateSchema}
      fields={[
        { name: 'reportedOn', label: t('editing.fields.reportedOn'), kind: 'date' },
        {
          name: 'status',
          label: t('editing.fields.reportStatus'),
          kind: 'select',
          options: enumOptions(domain.ragStatuses, (value) =>
            t(`status.${value}`, { ns: 'translation' }),
          ),
        },
        { name: 'title', label: t('editing.fields.reportTitle'), kind: 'text' },
        { name: 'body', label: t('editing.fields.body'), kind: 'textarea' },
      ]}
      // Reported today, on the city's calendar, unless the user says otherwise.
      initialValues={{ reportedOn: cityDay(new Date()), status: 'amber', title: '', body: '' }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

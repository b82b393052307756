import { useTranslation } from 'react-i18next';
import { cityDay } from '@server/contract/city-time';
import { projectCreateSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useCreateProject } from '@/features/projects/api/create-project';
import { useProjectFields } from '@/features/projects/components/edit/project-fields';

export function AddProjectDialog({ chainId, onClose }: { chainId: number; onClose: CloseDialog }) {
  const { t } = useTranslation('editing');
  const fields = useProjectFields(chainId);
  const mutation = useCreateProject(chainId);
  if (!fields) return null;
  return (
    <EditFormDialog
      title={t('editing.actions.addProject')}
      schema={projectCreateSchema}
      fields={fields}
      initialValues={{
        name: '',
        origin: 'investment_promotion',
        investmentYi: Number.NaN,
        parkId: null,
        firmId: null,
        linkId: null,
        campaignId: null,
        stage: 'signed',
        // Signed today, on the city's calendar, unless the user says otherwise.
        signedOn: cityDay(new Date()),
        startedOn: null,
        productionOn: null,
        plannedProductionOn: null,
        progress: 0,
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '@server/contract/projects';
import { projectBodySchema, projectRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useUpdateProject } from '@/features/projects/api/update-project';
import { useProjectFields } from '@/features/projects/components/edit/project-fields';

export function EditProjectDialog({
  project,
  onClose,
}: {
  project: ProjectDetail;
  onClose: CloseDialog;
}) {
  const { t } = useTranslation('editing');
  const fields = useProjectFields(project.chain.id, project);
  const mutation = useUpdateProject(project.chain.id, project.id);
  if (!fields) return null;
  return (
    <EditFormDialog
      title={t('editing.actions.editProject')}
      schema={projectBodySchema}
      fields={fields}
      initialValues={{
        name: project.name,
        origin: project.origin,
        investmentYi: project.investmentYi,
        parkId: project.park?.id ?? null,
        firmId: project.firm?.id ?? null,
        linkId: project.link?.id ?? null,
        campaignId: project.campaign?.id ?? null,
        stage: project.stage,
        signedOn: project.signedOn,
        startedOn: project.startedOn,
        productionOn: project.productionOn,
        plannedProductionOn: project.plannedProductionOn,
        progress: project.progress,
        version: project.version,
      }}
      fromRecord={{
        schema: projectRecordSchema,
        toValues: (record) => ({
          name: record.name,
          origin: record.origin,
          investmentYi: record.investmentYi,
          parkId: record.parkId,
          firmId: record.firmId,
          linkId: record.linkId,
          campaignId: record.campaignId,
          stage: record.stage,
          signedOn: record.signedOn,
          startedOn: record.startedOn,
          productionOn: record.productionOn,
          plannedProductionOn: record.plannedProductionOn,
          progress: record.progress,
          version: record.version,
        }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

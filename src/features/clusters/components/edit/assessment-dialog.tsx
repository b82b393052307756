import { useTranslation } from 'react-i18next';
import type { ClusterAssessment, ClusterAssessmentCreate } from '@server/contract/clusters';
import {
  clusterAssessmentCreateSchema,
  clusterAssessmentRecordSchema,
  clusterAssessmentUpdateSchema,
} from '@server/contract/clusters';
import { clusterAssessmentResults } from '@server/contract/domain';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { useCreateAssessment } from '@/features/clusters/api/create-assessment';
import { useUpdateAssessment } from '@/features/clusters/api/update-assessment';

const toValues = (record: Pick<ClusterAssessment, 'year' | 'result' | 'note' | 'version'>) => ({
  year: record.year,
  result: record.result,
  note: record.note ?? null,
  version: record.version,
});

/** 新增年度评估 / 编辑年度评估: one year's result of a cluster. */
export function AssessmentDialog({
  clusterId,
  assessment,
  onClose,
}: {
  clusterId: number;
  assessment?: ClusterAssessment;
  onClose: () => void;
}) {
  const { t } = useTranslation('clusters');
  const create = useCreateAssessment(clusterId);
  const update = useUpdateAssessment(assessment?.id ?? 0);
  const fields: FieldsOf<ClusterAssessmentCreate>[] = [
    { name: 'year', label: t('clusters.assessments.year'), kind: 'number' },
    {
      name: 'result',
      label: t('clusters.assessments.result'),
      kind: 'select',
      options: clusterAssessmentResults.map((value) => ({
        value,
        label: t(`clusters.assessments.results.${value}`),
      })),
    },
    { name: 'note', label: t('clusters.assessments.note'), kind: 'textarea', nullable: true },
  ];
  const title = assessment ? t('clusters.assessments.edit') : t('clusters.assessments.add');
  if (assessment) {
    return (
      <EditFormDialog
        title={title}
        schema={clusterAssessmentUpdateSchema}
        fields={fields}
        initialValues={toValues(assessment)}
        fromRecord={{ schema: clusterAssessmentRecordSchema, toValues }}
        submit={update.mutateAsync}
        onClose={onClose}
      />
    );
  }
  return (
    <EditFormDialog
      title={title}
      schema={clusterAssessmentCreateSchema}
      fields={fields}
      // Assessments are made after the year ends: last year's is the one usually entered.
      initialValues={{ year: new Date().getFullYear() - 1, result: 'good', note: null }}
      submit={create.mutateAsync}
      onClose={onClose}
    />
  );
}

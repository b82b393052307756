import { useTranslation } from 'react-i18next';
import type { ClusterAssessment } from '@server/contract/clusters';
import {
  clusterAssessmentCreateSchema,
  clusterAssessmentUpdateSchema,
} from '@server/contract/clusters';
import { clusterAssessmentResults } from '@server/contract/domain';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldSpec } from '@/components/editing/field-spec';
import { useCreateAssessment } from '@/features/clusters/api/create-assessment';
import { useUpdateAssessment } from '@/features/clusters/api/update-assessment';

type Values = Record<string, unknown>;

const toValues = (record: Values): Values => ({
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
  const fields: FieldSpec[] = [
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
  return (
    <EditFormDialog
      title={assessment ? t('clusters.assessments.edit') : t('clusters.assessments.add')}
      schema={assessment ? clusterAssessmentUpdateSchema : clusterAssessmentCreateSchema}
      fields={fields}
      initialValues={
        assessment
          ? toValues(assessment)
          : { year: new Date().getFullYear() - 1, result: 'good', note: null }
      }
      fromRecord={toValues}
      submit={(values) =>
        assessment
          ? update.mutateAsync(values as Parameters<typeof update.mutateAsync>[0])
          : create.mutateAsync(values as Parameters<typeof create.mutateAsync>[0])
      }
      onClose={onClose}
    />
  );
}

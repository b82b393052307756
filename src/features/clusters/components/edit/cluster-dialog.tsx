import { useTranslation } from 'react-i18next';
import type { ClusterCreate, ClusterDetail, ClusterRecord } from '@server/contract/clusters';
import {
  clusterCreateSchema,
  clusterRecordSchema,
  clusterUpdateSchema,
} from '@server/contract/clusters';
import * as domain from '@server/contract/domain';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { useCreateCluster } from '@/features/clusters/api/create-cluster';
import { useUpdateCluster } from '@/features/clusters/api/update-cluster';
import { useFormatters } from '@/hooks/use-formatters';
import { useChainOptions } from '@/hooks/use-filter-options';
import { canEditChain, useSession } from '@/lib/auth';

/** The form's values of a cluster, from its page (`chains`) or a write's answer (`chainIds`). */
const toValues = (
  cluster: Omit<ClusterRecord, 'id' | 'chainIds' | 'withdrawnAt' | 'updatedAt' | 'updatedBy'>,
  chainIds: number[],
) => ({
  name: cluster.name,
  nameEn: cluster.nameEn,
  level: cluster.level,
  status: cluster.status,
  recognisedOn: cluster.recognisedOn,
  recognisedBy: cluster.recognisedBy,
  description: cluster.description,
  chainIds,
  version: cluster.version,
});

/** 新增集群 / 编辑集群: level, status (候选 / 已认定 / 复核中), recognition and chains. */
export function ClusterDialog({
  cluster,
  onClose,
}: {
  cluster?: ClusterDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation(['clusters', 'translation']);
  const format = useFormatters();
  const user = useSession();
  const chains = useChainOptions();
  const create = useCreateCluster();
  const update = useUpdateCluster(cluster?.id ?? 0);
  if (!chains.data) return null;
  const current = new Set(cluster?.chains.map((chain) => chain.id) ?? []);
  const fields: FieldsOf<ClusterCreate>[] = [
    { name: 'name', label: t('clusters.edit.name'), kind: 'text' },
    { name: 'nameEn', label: t('clusters.edit.nameEn'), kind: 'text', nullable: true },
    {
      name: 'level',
      label: t('clusters.edit.level'),
      kind: 'select',
      options: domain.clusterLevels.map((value) => ({
        value,
        label: t(`clusterLevel.${value}`, { ns: 'translation' }),
      })),
    },
    {
      name: 'status',
      label: t('clusters.edit.status'),
      kind: 'select',
      options: domain.clusterStatuses.map((value) => ({
        value,
        label: t(`clusterStatus.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'recognisedOn', label: t('clusters.edit.recognisedOn'), kind: 'date', nullable: true },
    { name: 'recognisedBy', label: t('clusters.edit.recognisedBy'), kind: 'text', nullable: true },
    {
      name: 'description',
      label: t('clusters.edit.description'),
      kind: 'textarea',
      nullable: true,
    },
    {
      name: 'chainIds',
      label: t('clusters.edit.chains'),
      kind: 'checkboxes',
      options: chains.data.items
        .filter((chain) => canEditChain(user, chain.id) || current.has(chain.id))
        .map((chain) => ({ value: chain.id, label: format.name(chain) })),
    },
  ];
  const title = cluster ? t('clusters.edit.edit') : t('clusters.edit.add');
  if (cluster) {
    return (
      <EditFormDialog
        title={title}
        schema={clusterUpdateSchema}
        fields={fields}
        initialValues={toValues(
          cluster,
          cluster.chains.map((chain) => chain.id),
        )}
        fromRecord={{
          schema: clusterRecordSchema,
          toValues: (record) => toValues(record, record.chainIds),
        }}
        submit={update.mutateAsync}
        onClose={onClose}
      />
    );
  }
  return (
    <EditFormDialog
      title={title}
      schema={clusterCreateSchema}
      fields={fields}
      initialValues={{
        name: '',
        nameEn: null,
        level: 'provincial',
        status: 'candidate',
        recognisedOn: null,
        recognisedBy: null,
        description: null,
        chainIds: user.role === 'editor' && user.chainIds.length === 1 ? user.chainIds : [],
      }}
      submit={create.mutateAsync}
      onClose={onClose}
    />
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import type { ProjectDetail } from '@server/contract/projects';
import * as domain from '@server/contract/domain';
import * as writes from '@server/contract/writes';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldOption, FieldSpec } from '@/components/editing/field-spec';
import { useEditMutation } from '@/components/editing/use-edit-mutation';
import { useFormatters } from '@/hooks/use-formatters';
import {
  useChainFirmOptions,
  useDepartmentOptions,
  useParkOptions,
} from '@/hooks/use-filter-options';
import { apiSend, newIdempotencyKey } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/*
 * Dialogs for the records a chain has many of — projects, firm problems, status reports — used
 * on the chain page (add) and on the project and problem pages (change). Loaded on first use.
 */

type Values = Record<string, unknown>;
type Close = { onClose: () => void };

function useChoices(chainId: number | null) {
  const { t } = useTranslation(['editing', 'translation']);
  const format = useFormatters();
  const departments = useDepartmentOptions();
  const parks = useParkOptions();
  const firms = useChainFirmOptions(chainId ?? 0);
  const named = (
    items: { id: number; name: string; nameEn: string | null }[] = [],
  ): FieldOption[] => items.map((item) => ({ value: item.id, label: format.name(item) }));
  return {
    t,
    ready: Boolean(departments.data && parks.data && (chainId === null || firms.data)),
    departments: named(departments.data?.items),
    parks: named(parks.data?.items),
    firms: named(chainId === null ? [] : firms.data?.items),
  };
}

/** Keeps a record's current pick among the choices even when the list would not show it. */
function withCurrent(options: FieldOption[], current: { id: number; name: string } | null) {
  if (!current || options.some((option) => option.value === current.id)) return options;
  return [{ value: current.id, label: current.name }, ...options];
}

function useSave(path: string, method: 'POST' | 'PUT', detailKey?: readonly unknown[]) {
  // One key per dialog: a retry after a lost answer is the same create, never a second record.
  const [key] = useState(newIdempotencyKey);
  return useEditMutation<Values, Values>({
    send: (body) =>
      apiSend(method, path, body, null, method === 'POST' ? { idempotencyKey: key } : {}),
    queryKey: detailKey,
    optimistic: (data, body) => ({ ...data, ...body }),
  });
}

export function ProjectDialog({
  chainId,
  project,
  onClose,
}: { chainId: number; project?: ProjectDetail } & Close) {
  const { t, ready, parks, firms } = useChoices(chainId);
  const mutation = useSave(
    project ? `/api/projects/${project.id}` : `/api/chains/${chainId}/projects`,
    project ? 'PUT' : 'POST',
    project ? queryKeys.projects.detail(project.id) : undefined,
  );
  if (!ready) return null;
  const fields: FieldSpec[] = [
    { name: 'name', label: t('editing.fields.projectName'), kind: 'text' },
    {
      name: 'origin',
      label: t('editing.fields.origin'),
      kind: 'select',
      options: domain.projectOrigins.map((value) => ({
        value,
        label: t(`projectOrigin.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'investmentYi', label: t('editing.fields.investmentYi'), kind: 'number' },
    {
      name: 'parkId',
      label: t('editing.fields.parkId'),
      kind: 'select',
      nullable: true,
      options: withCurrent(parks, project?.park ?? null),
    },
    {
      name: 'firmId',
      label: t('editing.fields.projectFirmId'),
      kind: 'select',
      nullable: true,
      options: withCurrent(firms, project?.firm ?? null),
    },
    {
      name: 'stage',
      label: t('editing.fields.stage'),
      kind: 'select',
      options: domain.projectStages.map((value) => ({
        value,
        label: t(`projectStage.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'signedOn', label: t('editing.fields.signedOn'), kind: 'date' },
    { name: 'startedOn', label: t('editing.fields.startedOn'), kind: 'date', nullable: true },
    { name: 'productionOn', label: t('editing.fields.productionOn'), kind: 'date', nullable: true },
    {
      name: 'plannedProductionOn',
      label: t('editing.fields.plannedProductionOn'),
      kind: 'date',
      nullable: true,
    },
    { name: 'progress', label: t('editing.fields.progress'), kind: 'number' },
  ];
  const toValues = (record: Values) => ({
    name: record.name,
    origin: record.origin,
    investmentYi: record.investmentYi,
    parkId: record.parkId ?? (record.park as { id: number } | null)?.id ?? null,
    firmId: record.firmId ?? (record.firm as { id: number } | null)?.id ?? null,
    stage: record.stage,
    signedOn: record.signedOn,
    startedOn: record.startedOn,
    productionOn: record.productionOn,
    plannedProductionOn: record.plannedProductionOn,
    progress: record.progress,
    version: record.version,
  });
  return (
    <EditFormDialog
      title={project ? t('editing.actions.editProject') : t('editing.actions.addProject')}
      schema={project ? writes.projectBodySchema : writes.projectCreateSchema}
      fields={fields}
      initialValues={
        project
          ? toValues(project)
          : {
              name: '',
              origin: 'investment_promotion',
              investmentYi: Number.NaN,
              parkId: null,
              firmId: null,
              stage: 'signed',
              signedOn: '',
              startedOn: null,
              productionOn: null,
              plannedProductionOn: null,
              progress: 0,
            }
      }
      fromRecord={toValues}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

export function ProblemDialog({
  chainId,
  problem,
  onClose,
}: { chainId: number | null; problem?: ProblemDetail } & Close) {
  const { t, ready, departments, firms } = useChoices(chainId);
  const mutation = useSave(
    problem ? `/api/problems/${problem.id}` : `/api/chains/${chainId}/problems`,
    problem ? 'PUT' : 'POST',
    problem ? queryKeys.problems.detail(problem.id) : undefined,
  );
  if (!ready) return null;
  const fields: FieldSpec[] = [
    { name: 'title', label: t('editing.fields.problemTitle'), kind: 'text' },
    { name: 'category', label: t('editing.fields.category'), kind: 'text' },
    {
      name: 'firmId',
      label: t('editing.fields.problemFirmId'),
      kind: 'select',
      nullable: true,
      options: withCurrent(firms, problem?.firm ?? null),
    },
    { name: 'raisedOn', label: t('editing.fields.raisedOn'), kind: 'date' },
    { name: 'detail', label: t('editing.fields.detail'), kind: 'textarea', nullable: true },
    {
      name: 'status',
      label: t('editing.fields.problemStatus'),
      kind: 'select',
      options: domain.problemStatuses.map((value) => ({
        value,
        label: t(`problemStatus.${value}`, { ns: 'translation' }),
      })),
    },
    {
      name: 'ownerDepartmentId',
      label: t('editing.fields.ownerDepartmentId'),
      kind: 'select',
      nullable: true,
      options: departments,
    },
    { name: 'deadline', label: t('editing.fields.deadline'), kind: 'date', nullable: true },
    { name: 'resolvedOn', label: t('editing.fields.resolvedOn'), kind: 'date', nullable: true },
    { name: 'feedback', label: t('editing.fields.feedback'), kind: 'textarea', nullable: true },
  ];
  const toValues = (record: Values) => ({
    title: record.title,
    category: record.category,
    firmId: record.firmId ?? (record.firm as { id: number } | null)?.id ?? null,
    raisedOn: record.raisedOn,
    detail: record.detail,
    status: record.status,
    ownerDepartmentId:
      record.ownerDepartmentId ?? (record.ownerDepartment as { id: number } | null)?.id ?? null,
    deadline: record.deadline,
    resolvedOn: record.resolvedOn,
    feedback: record.feedback,
    version: record.version,
  });
  return (
    <EditFormDialog
      title={problem ? t('editing.actions.editProblem') : t('editing.actions.addProblem')}
      schema={problem ? writes.problemBodySchema : writes.problemCreateSchema}
      fields={fields}
      initialValues={
        problem
          ? toValues(problem)
          : {
              title: '',
              category: '',
              firmId: null,
              raisedOn: '',
              detail: null,
              status: 'open',
              ownerDepartmentId: null,
              deadline: null,
              resolvedOn: null,
              feedback: null,
            }
      }
      fromRecord={toValues}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

export function StatusReportDialog({ chainId, onClose }: { chainId: number } & Close) {
  const { t } = useTranslation(['editing', 'translation']);
  const mutation = useSave(`/api/chains/${chainId}/status-reports`, 'POST');
  const fields: FieldSpec[] = [
    { name: 'reportedOn', label: t('editing.fields.reportedOn'), kind: 'date' },
    {
      name: 'status',
      label: t('editing.fields.reportStatus'),
      kind: 'select',
      options: domain.ragStatuses.map((value) => ({
        value,
        label: t(`status.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'title', label: t('editing.fields.reportTitle'), kind: 'text' },
    { name: 'body', label: t('editing.fields.body'), kind: 'textarea' },
  ];
  return (
    <EditFormDialog
      title={t('editing.actions.addReport')}
      schema={writes.statusReportCreateSchema}
      fields={fields}
      initialValues={{ reportedOn: '', status: 'amber', title: '', body: '' }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainDetail, ChainLink, Policy, TaskForce } from '@server/contract/chains';
import type { FirmListItem } from '@server/contract/firms';
import type { Indicator } from '@server/contract/indicators';
import type { FiveOneItem } from '@server/contract/domain';
import * as domain from '@server/contract/domain';
import * as writes from '@server/contract/writes';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { CloseDialog } from '@/components/editing/edit-button';
import type { FieldOption, FieldSpec } from '@/components/editing/field-spec';
import { useEditMutation } from '@/components/editing/use-edit-mutation';
import { useFormatters } from '@/hooks/use-formatters';
import { useChainFirmOptions, useDepartmentOptions } from '@/hooks/use-filter-options';
import { policyBody } from '@/features/chains/components/edit/policy-body';
import { apiGet, apiSend, newIdempotencyKey } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/*
 * The chain page's edit dialogs, in a module of their own: it (with zod and the form library)
 * loads when someone starts an edit, not with the page.
 */

type Values = Record<string, unknown>;
type Close = { onClose: CloseDialog };

function useOptions() {
  const { t, i18n } = useTranslation(['editing', 'translation']);
  const format = useFormatters();
  const departments = useDepartmentOptions();
  return {
    t,
    i18n,
    enumOptions: <Value extends string>(
      values: readonly Value[],
      label: (value: Value) => string,
    ): FieldOption[] => values.map((value) => ({ value, label: label(value) })),
    departmentOptions: (departments.data?.items ?? []).map((department) => ({
      value: department.id,
      label: format.name(department),
    })),
    /** A department as the chain page names it, for a change shown before it is saved. */
    departmentRef: (id: unknown) =>
      departments.data?.items.find((department) => department.id === id) ?? null,
  };
}

function useChainDetailMutation(
  chainId: number,
  send: (body: Values) => Promise<unknown>,
  optimistic?: (chain: ChainDetail, body: Values) => ChainDetail,
) {
  return useEditMutation<Values, ChainDetail>({
    send,
    queryKey: queryKeys.chains.detail(chainId),
    optimistic,
  });
}

const put = (path: string) => (body: Values) => apiSend('PUT', path, body, null);

/** Creates send one idempotency key per dialog, so a retry after a lost answer adds nothing. */
function useCreate(path: string) {
  const [key] = useState(newIdempotencyKey);
  return (body: Values) => apiSend('POST', path, body, null, { idempotencyKey: key });
}

export function ChainStatusDialog({ chain, onClose }: { chain: ChainDetail } & Close) {
  const { t, enumOptions } = useOptions();
  const mutation = useChainDetailMutation(
    chain.id,
    put(`/api/chains/${chain.id}/status`),
    (data, body) => ({
      ...data,
      status: body.status as ChainDetail['status'],
      statusNote: (body.statusNote as string | null) ?? null,
    }),
  );
  const fields: FieldSpec[] = [
    {
      name: 'status',
      label: t('editing.fields.status'),
      kind: 'select',
      options: enumOptions(domain.ragStatuses, (value) =>
        t(`status.${value}`, { ns: 'translation' }),
      ),
    },
    { name: 'statusNote', label: t('editing.fields.statusNote'), kind: 'textarea', nullable: true },
  ];
  return (
    <EditFormDialog
      title={t('editing.actions.status')}
      schema={writes.chainStatusBodySchema}
      fields={fields}
      initialValues={{ status: chain.status, statusNote: chain.statusNote, version: chain.version }}
      fromRecord={(record) => ({
        status: record.status,
        statusNote: record.statusNote,
        version: record.version,
      })}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

export function FiveOneStateDialog({
  chain,
  item,
  onClose,
}: { chain: ChainDetail; item: FiveOneItem } & Close) {
  const { t, enumOptions } = useOptions();
  const current = chain.fiveOnes[item];
  const mutation = useChainDetailMutation(
    chain.id,
    put(`/api/chains/${chain.id}/five-ones/${item}`),
    (data, body) => ({
      ...data,
      fiveOnes: {
        ...data.fiveOnes,
        [item]: { ...data.fiveOnes[item], state: body.state, note: body.note ?? null },
      },
    }),
  );
  const fields: FieldSpec[] = [
    {
      name: 'state',
      label: t('editing.fields.state'),
      kind: 'select',
      options: enumOptions(domain.fiveOneStates, (value) =>
        t(`fiveOnes.states.${value}`, { ns: 'translation' }),
      ),
    },
    { name: 'note', label: t('editing.fields.note'), kind: 'textarea', nullable: true },
  ];
  return (
    <EditFormDialog
      title={t('editing.actions.fiveOne', {
        item: t(`fiveOnes.items.${item}`, { ns: 'translation' }),
      })}
      schema={writes.fiveOneBodySchema}
      fields={fields}
      initialValues={{ state: current.state, note: current.note, version: current.version }}
      fromRecord={(record) => ({ state: record.state, note: record.note, version: record.version })}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

/** Enough matches to pick from; a name typed further narrows them. */
const firmPickerSize = 20;

export function LeaderFirmDialog({ chain, onClose }: { chain: ChainDetail } & Close) {
  const { t, i18n } = useOptions();
  const format = useFormatters();
  const leader = chain.fiveOnes.leader_firm.leaderFirm;
  // Firms the search has shown, so the page can show the one picked before the save is through.
  const seenFirms = useRef(new Map<number, FirmListItem>());
  const mutation = useChainDetailMutation(
    chain.id,
    put(`/api/chains/${chain.id}/leader-firm`),
    (data, body) => {
      const previous = data.fiveOnes.leader_firm;
      // A leader firm named for the first time shows once the server has it.
      if (!previous.leaderFirm) return data;
      const firm =
        previous.leaderFirm.firm.id === body.firmId
          ? previous.leaderFirm.firm
          : seenFirms.current.get(body.firmId as number);
      if (!firm) return data;
      return {
        ...data,
        fiveOnes: {
          ...data.fiveOnes,
          leader_firm: {
            ...previous,
            leaderFirm: {
              ...previous.leaderFirm,
              firm: { id: firm.id, name: firm.name, nameEn: firm.nameEn, tags: firm.tags },
              reason: body.reason as string,
              designatedOn: body.designatedOn as string | null,
            },
          },
        },
      };
    },
  );
  const fields: FieldSpec[] = [
    {
      name: 'firmId',
      label: t('editing.fields.firmId'),
      kind: 'search-select',
      // The current leader firm is named even before any search, and in a conflict.
      options: leader ? [{ value: leader.firm.id, label: format.name(leader.firm) }] : [],
      search: {
        label: t('editing.search.firms'),
        queryKey: [...queryKeys.firms.list({ chain: chain.id, picker: true }), i18n.language],
        load: async (text, signal) => {
          const page = await apiGet(
            '/api/firms',
            () => import('@server/contract/firms').then((contract) => contract.firmPageSchema),
            {
              signal,
              search: {
                chain: chain.id,
                q: text,
                sort: 'revenue',
                order: 'desc',
                pageSize: firmPickerSize,
              },
            },
          );
          for (const firm of page.items) seenFirms.current.set(firm.id, firm);
          return page.items.map((firm) => ({ value: firm.id, label: format.name(firm) }));
        },
      },
    },
    { name: 'reason', label: t('editing.fields.reason'), kind: 'textarea' },
    { name: 'designatedOn', label: t('editing.fields.designatedOn'), kind: 'date', nullable: true },
  ];
  return (
    <EditFormDialog
      title={t('editing.actions.leaderFirm')}
      schema={writes.leaderFirmBodySchema}
      fields={fields}
      initialValues={{
        firmId: leader?.firm.id ?? null,
        reason: leader?.reason ?? '',
        designatedOn: leader?.designatedOn ?? null,
        version: leader?.version ?? null,
      }}
      fromRecord={(record) => ({
        firmId: record.firmId,
        reason: record.reason,
        designatedOn: record.designatedOn,
        version: record.version,
      })}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

export function ChiefScientistDialog({ chain, onClose }: { chain: ChainDetail } & Close) {
  const { t } = useOptions();
  const scientist = chain.fiveOnes.chief_scientist.chiefScientist;
  const mutation = useChainDetailMutation(
    chain.id,
    put(`/api/chains/${chain.id}/chief-scientist`),
    (data, body) => {
      const previous = data.fiveOnes.chief_scientist;
      if (!previous.chiefScientist) return data;
      const fields = Object.fromEntries(
        Object.entries(body).filter(([name]) => name !== 'version'),
      );
      return {
        ...data,
        fiveOnes: {
          ...data.fiveOnes,
          chief_scientist: {
            ...previous,
            chiefScientist: { ...previous.chiefScientist, ...fields },
          },
        },
      };
    },
  );
  const fields: FieldSpec[] = [
    { name: 'name', label: t('editing.fields.name'), kind: 'text' },
    { name: 'title', label: t('editing.fields.title'), kind: 'text', nullable: true },
    { name: 'affiliation', label: t('editing.fields.affiliation'), kind: 'text', nullable: true },
    { name: 'field', label: t('editing.fields.field'), kind: 'text', nullable: true },
    { name: 'appointedOn', label: t('editing.fields.appointedOn'), kind: 'date', nullable: true },
  ];
  const toValues = (record: Values | null) => ({
    name: record?.name ?? '',
    title: record?.title ?? null,
    affiliation: record?.affiliation ?? null,
    field: record?.field ?? null,
    appointedOn: record?.appointedOn ?? null,
    version: record?.version ?? null,
  });
  return (
    <EditFormDialog
      title={t('editing.actions.chiefScientist')}
      schema={writes.chiefScientistBodySchema}
      fields={fields}
      initialValues={toValues(scientist)}
      fromRecord={toValues}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

export function TaskForceDialog({ chain, onClose }: { chain: ChainDetail } & Close) {
  const { t, enumOptions, departmentOptions, departmentRef } = useOptions();
  const taskForce = chain.fiveOnes.task_force.taskForce;
  const mutation = useChainDetailMutation(
    chain.id,
    put(`/api/chains/${chain.id}/task-force`),
    (data, body) => {
      const previous = data.fiveOnes.task_force;
      // A task force set up for the first time shows once the server has it (with its members).
      if (!previous.taskForce) return data;
      return {
        ...data,
        fiveOnes: {
          ...data.fiveOnes,
          task_force: {
            ...previous,
            taskForce: {
              ...previous.taskForce,
              headName: body.headName as string,
              headTitle: body.headTitle as string | null,
              leadDepartment: departmentRef(body.leadDepartmentId),
              meetingCadence: body.meetingCadence as TaskForce['meetingCadence'],
              lastMeetingOn: body.lastMeetingOn as string | null,
            },
          },
        },
      };
    },
  );
  const fields: FieldSpec[] = [
    { name: 'headName', label: t('editing.fields.headName'), kind: 'text' },
    { name: 'headTitle', label: t('editing.fields.headTitle'), kind: 'text', nullable: true },
    {
      name: 'leadDepartmentId',
      label: t('editing.fields.leadDepartmentId'),
      kind: 'select',
      nullable: true,
      options: departmentOptions,
    },
    {
      name: 'meetingCadence',
      label: t('editing.fields.meetingCadence'),
      kind: 'select',
      options: enumOptions(domain.meetingCadences, (value) =>
        t(`meetingCadence.${value}`, { ns: 'translation' }),
      ),
    },
    {
      name: 'lastMeetingOn',
      label: t('editing.fields.lastMeetingOn'),
      kind: 'date',
      nullable: true,
    },
  ];
  return (
    <EditFormDialog
      title={t('editing.actions.taskForce')}
      schema={writes.taskForceBodySchema}
      fields={fields}
      initialValues={{
        headName: taskForce?.headName ?? '',
        headTitle: taskForce?.headTitle ?? null,
        leadDepartmentId: taskForce?.leadDepartment?.id ?? null,
        meetingCadence: taskForce?.meetingCadence ?? 'monthly',
        lastMeetingOn: taskForce?.lastMeetingOn ?? null,
        version: taskForce?.version ?? null,
      }}
      fromRecord={(record) => ({
        headName: record.headName,
        headTitle: record.headTitle,
        leadDepartmentId: record.leadDepartmentId,
        meetingCadence: record.meetingCadence,
        lastMeetingOn: record.lastMeetingOn,
        version: record.version,
      })}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

type Member = TaskForce['members'][number];

export function MemberDialog({
  chainId,
  member,
  onClose,
}: { chainId: number; member?: Member } & Close) {
  const { t, departmentOptions, departmentRef } = useOptions();
  const create = useCreate(`/api/chains/${chainId}/task-force/members`);
  const mutation = useChainDetailMutation(
    chainId,
    member ? put(`/api/task-force-members/${member.id}`) : create,
    // A change shows at once; a new member once the server has given it its id.
    member &&
      ((data, body) => {
        const previous = data.fiveOnes.task_force;
        if (!previous.taskForce) return data;
        const members = previous.taskForce.members.map((other) =>
          other.id === member.id
            ? {
                ...other,
                name: body.name as string,
                role: body.role as string,
                department: departmentRef(body.departmentId),
              }
            : other,
        );
        return {
          ...data,
          fiveOnes: {
            ...data.fiveOnes,
            task_force: { ...previous, taskForce: { ...previous.taskForce, members } },
          },
        };
      }),
  );
  const fields: FieldSpec[] = [
    { name: 'name', label: t('editing.fields.memberName'), kind: 'text' },
    { name: 'role', label: t('editing.fields.role'), kind: 'text' },
    {
      name: 'departmentId',
      label: t('editing.fields.departmentId'),
      kind: 'select',
      nullable: true,
      options: departmentOptions,
    },
  ];
  return (
    <EditFormDialog
      title={
        member
          ? t('editing.actions.editMember', { name: member.name })
          : t('editing.actions.addMember')
      }
      schema={member ? writes.taskForceMemberBodySchema : writes.taskForceMemberCreateSchema}
      fields={fields}
      initialValues={
        member
          ? {
              name: member.name,
              role: member.role,
              departmentId: member.department?.id ?? null,
              version: member.version,
            }
          : { name: '', role: '', departmentId: null }
      }
      fromRecord={(record) => ({
        name: record.name,
        role: record.role,
        departmentId: record.departmentId,
        version: record.version,
      })}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

export function PolicyDialog({
  chainId,
  policy,
  onClose,
}: { chainId: number; policy?: Policy } & Close) {
  const { t, enumOptions } = useOptions();
  const create = useCreate(`/api/chains/${chainId}/policies`);
  const mutation = useChainDetailMutation(
    chainId,
    policy ? put(`/api/policies/${policy.id}`) : create,
    policy &&
      ((data, body) => {
        const previous = data.fiveOnes.policy_package;
        const policies = previous.policies.map((other) =>
          other.id === policy.id
            ? {
                ...other,
                title: body.title as string,
                docNumber: body.docNumber as string | null,
                issuer: body.issuer as string,
                issuedOn: body.issuedOn as string | null,
                status: body.status as Policy['status'],
                budgetWan: body.budgetWan as number | null,
                disbursedWan: body.disbursedWan as number | null,
                beneficiaries: body.beneficiaries as number | null,
                // Retired now, or still since it was; the server sets the exact time.
                retiredAt: body.retired ? (other.retiredAt ?? new Date().toISOString()) : null,
              }
            : other,
        );
        return {
          ...data,
          fiveOnes: { ...data.fiveOnes, policy_package: { ...previous, policies } },
        };
      }),
  );
  const fields: FieldSpec[] = [
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
  const toValues = (record: Values) => policyBody(record as Policy);
  return (
    <EditFormDialog
      title={
        policy
          ? t('editing.actions.editPolicy', { title: policy.title })
          : t('editing.actions.addPolicy')
      }
      schema={policy ? writes.policyBodySchema : writes.policyCreateSchema}
      fields={fields}
      initialValues={
        policy
          ? policyBody(policy)
          : {
              title: '',
              docNumber: null,
              issuer: '',
              issuedOn: null,
              status: 'draft',
              budgetWan: null,
              disbursedWan: null,
              beneficiaries: null,
              retired: false,
            }
      }
      fromRecord={toValues}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

export function ChainLinkDialog({
  chainId,
  link,
  onClose,
}: { chainId: number; link: ChainLink } & Close) {
  const { t, enumOptions } = useOptions();
  const format = useFormatters();
  const firms = useChainFirmOptions(chainId);
  const mutation = useChainDetailMutation(chainId, put(`/api/chain-links/${link.id}`));
  if (!firms.data) return null;
  // The link's own firms first (all of them), then the chain's largest firms.
  const options: FieldOption[] = [...link.firms, ...firms.data.items]
    .filter((firm, index, all) => all.findIndex((other) => other.id === firm.id) === index)
    .map((firm) => ({ value: firm.id, label: format.name(firm) }));
  const fields: FieldSpec[] = [
    {
      name: 'strength',
      label: t('editing.fields.strength'),
      kind: 'select',
      options: enumOptions(domain.linkStrengths, (value) =>
        t(`linkStrength.${value}`, { ns: 'translation' }),
      ),
    },
    { name: 'note', label: t('editing.fields.linkNote'), kind: 'textarea', nullable: true },
    { name: 'firmIds', label: t('editing.fields.firmIds'), kind: 'checkboxes', options },
  ];
  return (
    <EditFormDialog
      title={t('editing.actions.editLink', { name: format.name(link) })}
      schema={writes.chainLinkBodySchema}
      fields={fields}
      initialValues={{
        strength: link.strength,
        note: link.note,
        firmIds: link.firms.map((firm) => firm.id),
        version: link.version,
      }}
      fromRecord={(record) => ({
        strength: record.strength,
        note: record.note,
        firmIds: record.firmIds,
        version: record.version,
      })}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

/** The body plus the quarter it is for, which goes in the address. */
const indicatorValueFormSchema = writes.indicatorValueBodySchema.extend({
  period: writes.periodSchema,
});

export function IndicatorValueDialog({
  chainId,
  indicator,
  onClose,
}: { chainId: number; indicator: Indicator } & Close) {
  const { t } = useOptions();
  const format = useFormatters();
  const latest = indicator.values.at(-1);
  const mutation = useEditMutation<Values>({
    send: ({ period, ...body }) =>
      apiSend(
        'PUT',
        `/api/indicators/${indicator.id}/values/${String(period)}`,
        {
          ...body,
          // A quarter already on record is a change of its version; a new one is a create.
          version: indicator.values.find((value) => value.period === period)?.version ?? null,
        },
        null,
      ),
    queryKey: queryKeys.chains.indicators(chainId),
  });
  const fields: FieldSpec[] = [
    {
      name: 'period',
      label: t('editing.fields.period'),
      kind: 'text',
      hint: t('editing.periodHint'),
    },
    { name: 'value', label: t('editing.fields.value'), kind: 'number', nullable: true },
    { name: 'target', label: t('editing.fields.target'), kind: 'number' },
    { name: 'warningThreshold', label: t('editing.fields.warningThreshold'), kind: 'number' },
    { name: 'excellentThreshold', label: t('editing.fields.excellentThreshold'), kind: 'number' },
  ];
  return (
    <EditFormDialog
      title={t('editing.actions.editIndicator', { name: format.name(indicator) })}
      schema={indicatorValueFormSchema}
      fields={fields}
      initialValues={{
        period: latest?.period ?? '',
        value: latest?.value ?? null,
        target: latest?.target ?? Number.NaN,
        warningThreshold: latest?.warningThreshold ?? Number.NaN,
        excellentThreshold: latest?.excellentThreshold ?? Number.NaN,
        version: latest?.version ?? null,
      }}
      fromRecord={(record) => ({ ...record })}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}

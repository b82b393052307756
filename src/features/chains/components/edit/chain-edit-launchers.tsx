import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainDetail, ChainLink, Policy, TaskForce } from '@server/contract/chains';
import type { Indicator } from '@server/contract/indicators';
import { useFormatters } from '@/hooks/use-formatters';
import type { FiveOneItem } from '@server/contract/domain';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { ConflictError } from '@/lib/api-client';
import { useCanEditChain } from '@/lib/auth';
import { useRemoveTaskForceMember } from '@/features/chains/api/remove-task-force-member';
import { policyBody, useUpdatePolicy } from '@/features/chains/api/update-policy';
import { fiveOneSectionId } from '@/features/chains/components/five-one-id';

/*
 * The chain page's edit buttons. Each shows only to users who may change the chain (the server
 * checks again); its dialog, with zod and the form library, loads when it is first opened.
 */

// One module per dialog, each loaded when it is first opened.
const ChainStatusDialog = lazy(() =>
  import('@/features/chains/components/edit/chain-status-dialog').then((m) => ({
    default: m.ChainStatusDialog,
  })),
);
const FiveOneStateDialog = lazy(() =>
  import('@/features/chains/components/edit/five-one-state-dialog').then((m) => ({
    default: m.FiveOneStateDialog,
  })),
);
const LeaderFirmDialog = lazy(() =>
  import('@/features/chains/components/edit/leader-firm-dialog').then((m) => ({
    default: m.LeaderFirmDialog,
  })),
);
const ChiefScientistDialog = lazy(() =>
  import('@/features/chains/components/edit/chief-scientist-dialog').then((m) => ({
    default: m.ChiefScientistDialog,
  })),
);
const TaskForceDialog = lazy(() =>
  import('@/features/chains/components/edit/task-force-dialog').then((m) => ({
    default: m.TaskForceDialog,
  })),
);
const AddMemberDialog = lazy(() =>
  import('@/features/chains/components/edit/add-member-dialog').then((m) => ({
    default: m.AddMemberDialog,
  })),
);
const EditMemberDialog = lazy(() =>
  import('@/features/chains/components/edit/edit-member-dialog').then((m) => ({
    default: m.EditMemberDialog,
  })),
);
const AddPolicyDialog = lazy(() =>
  import('@/features/chains/components/edit/add-policy-dialog').then((m) => ({
    default: m.AddPolicyDialog,
  })),
);
const EditPolicyDialog = lazy(() =>
  import('@/features/chains/components/edit/edit-policy-dialog').then((m) => ({
    default: m.EditPolicyDialog,
  })),
);
const ChainLinkDialog = lazy(() =>
  import('@/features/chains/components/edit/chain-link-dialog').then((m) => ({
    default: m.ChainLinkDialog,
  })),
);
const IndicatorValueDialog = lazy(() =>
  import('@/features/chains/components/edit/indicator-value-dialog').then((m) => ({
    default: m.IndicatorValueDialog,
  })),
);
const StatusReportDialog = lazy(() =>
  import('@/features/chains/components/edit/status-report-dialog').then((m) => ({
    default: m.StatusReportDialog,
  })),
);

type ChainProps = { chain: ChainDetail };

export function EditChainStatus({ chain }: ChainProps) {
  const { t } = useTranslation('editing');
  if (!useCanEditChain(chain.id)) return null;
  return (
    <EditLauncher label={t('editing.actions.status')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ChainStatusDialog chain={chain} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

const detailDialogs = {
  leader_firm: LeaderFirmDialog,
  chief_scientist: ChiefScientistDialog,
  task_force: TaskForceDialog,
} as const;
const detailLabels = {
  leader_firm: 'editing.actions.leaderFirm',
  chief_scientist: 'editing.actions.chiefScientist',
  task_force: 'editing.actions.taskForce',
} as const;

/** The buttons of one of the five ones: its state, and its details where it has a record. */
export function EditFiveOne({ chain, item }: ChainProps & { item: FiveOneItem }) {
  const { t } = useTranslation(['editing', 'translation']);
  if (!useCanEditChain(chain.id)) return null;
  const itemName = t(`fiveOnes.items.${item}`, { ns: 'translation' });
  const Details = item in detailDialogs ? detailDialogs[item as keyof typeof detailDialogs] : null;
  return (
    <div className="chain-section__actions">
      <EditLauncher label={t('editing.actions.fiveOne', { item: itemName })}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <FiveOneStateDialog chain={chain} item={item} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      {Details && (
        <EditLauncher label={t(detailLabels[item as keyof typeof detailLabels])}>
          {(close) => (
            <Suspense fallback={<DialogLoading />}>
              <Details chain={chain} onClose={close} />
            </Suspense>
          )}
        </EditLauncher>
      )}
      {item === 'policy_package' && (
        <EditLauncher label={t('editing.actions.addPolicy')}>
          {(close) => (
            <Suspense fallback={<DialogLoading />}>
              <AddPolicyDialog chainId={chain.id} onClose={close} />
            </Suspense>
          )}
        </EditLauncher>
      )}
      {item === 'task_force' && chain.fiveOnes.task_force.taskForce && (
        <EditLauncher label={t('editing.actions.addMember')}>
          {(close) => (
            <Suspense fallback={<DialogLoading />}>
              <AddMemberDialog chainId={chain.id} onClose={close} />
            </Suspense>
          )}
        </EditLauncher>
      )}
    </div>
  );
}

type Member = TaskForce['members'][number];

/** Focus for after a change that takes its own button away (the row went or moved). */
function focusSection(item: FiveOneItem) {
  document.getElementById(fiveOneSectionId(item))?.focus();
}

/*
 * The row buttons below take the chain's id, not the chain: a table cell is remounted when its
 * render function changes, and a render function made anew with every change of the chain would
 * close a dialog that is open in it (on a conflict, say) when the page reloads its data.
 */

/** Edit and remove buttons of one task force member. */
export function MemberActions({ chainId, member }: { chainId: number; member: Member }) {
  const { t } = useTranslation('editing');
  const remove = useRemoveTaskForceMember(chainId);
  if (!useCanEditChain(chainId)) return null;
  return (
    <span className="row-actions">
      <EditLauncher label={t('editing.actions.editMember', { name: member.name })}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <EditMemberDialog chainId={chainId} member={member} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      <ConfirmAction
        label={t('editing.actions.removeMember', { name: member.name })}
        question={t('editing.actions.confirmRemove', { name: member.name })}
        confirmLabel={t('editing.actions.confirmRemoveButton')}
        action={() => remove.mutateAsync({ memberId: member.id, version: member.version })}
        onDone={() => focusSection('task_force')}
      />
    </span>
  );
}

/** Edit, and retire or restore, one policy. */
export function PolicyActions({ chainId, policy }: { chainId: number; policy: Policy }) {
  const { t } = useTranslation('editing');
  const retired = policy.retiredAt !== null;
  // Retiring keeps the policy on record, apart from the package; restoring puts it back.
  const toggle = useUpdatePolicy(chainId, policy.id);
  const retiredBody = { ...policyBody(policy), retired: !retired };
  if (!useCanEditChain(chainId)) return null;
  return (
    <span className="row-actions">
      <EditLauncher
        label={t('editing.actions.editPolicy', { title: policy.title })}
        shortLabel={t('editing.edit')}
      >
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <EditPolicyDialog chainId={chainId} policy={policy} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      {retired ? (
        <button
          type="button"
          className="button button--quiet edit-launcher"
          aria-label={t('editing.actions.restorePolicy', { title: policy.title })}
          disabled={toggle.isPending}
          onClick={() =>
            toggle.mutate(retiredBody, { onSuccess: () => focusSection('policy_package') })
          }
        >
          {t('editing.actions.restoreShort')}
        </button>
      ) : (
        <ConfirmAction
          label={t('editing.actions.retirePolicy', { title: policy.title })}
          shortLabel={t('editing.actions.retireShort')}
          question={t('editing.actions.confirmRetire', { title: policy.title })}
          confirmLabel={t('editing.actions.confirmRetireButton')}
          action={() => toggle.mutateAsync(retiredBody)}
          onDone={() => focusSection('policy_package')}
        />
      )}
      {retired && toggle.isError && (
        <span role="alert" className="form-field__error">
          {toggle.error instanceof ConflictError
            ? t('editing.changedMeanwhile')
            : t('editing.actions.retireFailed')}
        </span>
      )}
    </span>
  );
}

/** The edit button of a chain-map link: strength, note and member firms. */
export function EditChainLink({ chainId, link }: { chainId: number; link: ChainLink }) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  if (!useCanEditChain(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.editLink', { name: format.name(link) })}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ChainLinkDialog chainId={chainId} link={link} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** Enter an indicator's figure, target and thresholds for a quarter. */
export function EnterIndicatorValue({
  chainId,
  indicator,
}: {
  chainId: number;
  indicator: Indicator;
}) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  if (!useCanEditChain(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.editIndicator', { name: format.name(indicator) })}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <IndicatorValueDialog chainId={chainId} indicator={indicator} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** Add a task force report (专班动态). */
export function AddStatusReport({ chainId }: { chainId: number }) {
  const { t } = useTranslation('editing');
  if (!useCanEditChain(chainId)) return null;
  return (
    <EditLauncher label={t('editing.actions.addReport')}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <StatusReportDialog chainId={chainId} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

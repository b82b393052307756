import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainDetail, ChainLink, Policy, TaskForce } from '@server/contract/chains';
import type { Indicator } from '@server/contract/indicators';
import { useFormatters } from '@/hooks/use-formatters';
import type { FiveOneItem } from '@server/contract/domain';
import { DialogLoading, EditLauncher } from '@/components/editing/edit-button';
import { useEditMutation } from '@/components/editing/use-edit-mutation';
import { apiSend } from '@/lib/api-client';
import { useCanEditChain } from '@/lib/auth';

/*
 * The chain page's edit buttons. Each shows only to users who may change the chain (the server
 * checks again); its dialog, with zod and the form library, loads when it is first opened.
 */

const dialogs = () => import('@/features/chains/components/edit/chain-dialogs');
const ChainStatusDialog = lazy(() => dialogs().then((m) => ({ default: m.ChainStatusDialog })));
const FiveOneStateDialog = lazy(() => dialogs().then((m) => ({ default: m.FiveOneStateDialog })));
const LeaderFirmDialog = lazy(() => dialogs().then((m) => ({ default: m.LeaderFirmDialog })));
const ChiefScientistDialog = lazy(() =>
  dialogs().then((m) => ({ default: m.ChiefScientistDialog })),
);
const TaskForceDialog = lazy(() => dialogs().then((m) => ({ default: m.TaskForceDialog })));
const MemberDialog = lazy(() => dialogs().then((m) => ({ default: m.MemberDialog })));
const PolicyDialog = lazy(() => dialogs().then((m) => ({ default: m.PolicyDialog })));
const ChainLinkDialog = lazy(() => dialogs().then((m) => ({ default: m.ChainLinkDialog })));
const IndicatorValueDialog = lazy(() =>
  dialogs().then((m) => ({ default: m.IndicatorValueDialog })),
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
              <PolicyDialog chain={chain} onClose={close} />
            </Suspense>
          )}
        </EditLauncher>
      )}
      {item === 'task_force' && chain.fiveOnes.task_force.taskForce && (
        <EditLauncher label={t('editing.actions.addMember')}>
          {(close) => (
            <Suspense fallback={<DialogLoading />}>
              <MemberDialog chain={chain} onClose={close} />
            </Suspense>
          )}
        </EditLauncher>
      )}
    </div>
  );
}

type Member = TaskForce['members'][number];

/** Edit and remove buttons of one task force member. */
export function MemberActions({ chain, member }: ChainProps & { member: Member }) {
  const { t } = useTranslation('editing');
  const [failed, setFailed] = useState(false);
  const remove = useEditMutation<undefined>({
    send: () =>
      apiSend(
        'DELETE',
        `/api/task-force-members/${member.id}?version=${member.version}`,
        undefined,
        null,
      ),
  });
  if (!useCanEditChain(chain.id)) return null;
  return (
    <span className="row-actions">
      <EditLauncher label={t('editing.actions.editMember', { name: member.name })}>
        {(close) => (
          <Suspense fallback={<DialogLoading />}>
            <MemberDialog chain={chain} member={member} onClose={close} />
          </Suspense>
        )}
      </EditLauncher>
      <button
        type="button"
        className="button button--quiet edit-launcher"
        disabled={remove.isPending}
        onClick={() => {
          if (!window.confirm(t('editing.actions.confirmRemove', { name: member.name }))) return;
          setFailed(false);
          remove.mutate(undefined, { onError: () => setFailed(true) });
        }}
      >
        {t('editing.actions.removeMember', { name: member.name })}
      </button>
      {failed && (
        <span role="alert" className="form-field__error">
          {t('editing.removeFailed')}
        </span>
      )}
    </span>
  );
}

/** The edit button of one policy. */
export function PolicyActions({ chain, policy }: ChainProps & { policy: Policy }) {
  const { t } = useTranslation('editing');
  if (!useCanEditChain(chain.id)) return null;
  return (
    <EditLauncher label={t('editing.actions.editPolicy', { title: policy.title })}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <PolicyDialog chain={chain} policy={policy} onClose={close} />
        </Suspense>
      )}
    </EditLauncher>
  );
}

/** The edit button of a chain-map link: strength, note and member firms. */
export function EditChainLink({ chain, link }: ChainProps & { link: ChainLink }) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  if (!useCanEditChain(chain.id)) return null;
  return (
    <EditLauncher label={t('editing.actions.editLink', { name: format.name(link) })}>
      {(close) => (
        <Suspense fallback={<DialogLoading />}>
          <ChainLinkDialog chain={chain} link={link} onClose={close} />
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

import { lazy, Suspense, useCallback } from 'react';
import type { ChainDetail, ChainLink, Policy, TaskForce } from '@server/contract/chains';
import { ExportButtons } from '@/components/export/export-buttons';
import { useCanEditChain } from '@/lib/auth';
import {
  EditChainLink,
  EditFiveOne,
  MemberActions,
  PolicyActions,
} from '@/features/chains/components/edit/chain-edit-launchers';
import { ChainMap } from '@/features/chains/components/chain-map';
import { WithdrawPolicy } from '@/features/chains/components/chain-map-edit/record-withdrawals';
import { ChiefScientistDetails } from '@/features/chains/components/chief-scientist-details';
import { FiveOneSection, NotRecorded } from '@/features/chains/components/five-one-section';
import { LeaderFirmDetails } from '@/features/chains/components/leader-firm-details';
import { PolicyTable } from '@/features/chains/components/policy-table';
import { TaskForceDetails } from '@/features/chains/components/task-force-details';

/** The map's editor, with its forms, loads only for those who may change the chain. */
const ChainMapEditor = lazy(() =>
  import('@/features/chains/components/chain-map-edit/chain-map-editor').then((m) => ({
    default: m.ChainMapEditor,
  })),
);

/** The five ones (五个一), each in its own section in the overview matrix's order. */
export function FiveOneSections({ chain }: { chain: ChainDetail }) {
  // Stable per chain, not per load of it: a table remounts the cells of a new render function,
  // which would close a dialog open in one whenever the page reloads (after a conflict, say).
  const chainId = chain.id;
  const memberActions = useCallback(
    (member: TaskForce['members'][number]) => <MemberActions chainId={chainId} member={member} />,
    [chainId],
  );
  const policyActions = useCallback(
    (policy: Policy) => (
      <>
        <PolicyActions chainId={chainId} policy={policy} />
        <WithdrawPolicy chainId={chainId} policy={policy} />
      </>
    ),
    [chainId],
  );
  const linkActions = useCallback(
    (link: ChainLink) => <EditChainLink chainId={chainId} link={link} />,
    [chainId],
  );
  const canEdit = useCanEditChain(chain.id);
  const {
    chain_map: map,
    leader_firm: leader,
    chief_scientist: scientist,
    task_force: taskForce,
    policy_package: policies,
  } = chain.fiveOnes;
  return (
    <>
      <FiveOneSection
        item="chain_map"
        state={map.state}
        note={map.note}
        actions={<EditFiveOne chain={chain} item="chain_map" />}
      >
        <ChainMap segments={chain.chainMap} linkActions={canEdit ? linkActions : undefined} />
        {canEdit && (
          <Suspense fallback={null}>
            <ChainMapEditor chain={chain} />
          </Suspense>
        )}
      </FiveOneSection>
      <div className="chain-page__pair">
        <FiveOneSection
          item="leader_firm"
          state={leader.state}
          note={leader.note}
          actions={<EditFiveOne chain={chain} item="leader_firm" />}
        >
          {leader.leaderFirm ? (
            <LeaderFirmDetails leaderFirm={leader.leaderFirm} />
          ) : (
            <NotRecorded />
          )}
        </FiveOneSection>
        <FiveOneSection
          item="chief_scientist"
          state={scientist.state}
          note={scientist.note}
          actions={<EditFiveOne chain={chain} item="chief_scientist" />}
        >
          {scientist.chiefScientist ? (
            <ChiefScientistDetails scientist={scientist.chiefScientist} />
          ) : (
            <NotRecorded />
          )}
        </FiveOneSection>
      </div>
      <FiveOneSection
        item="task_force"
        state={taskForce.state}
        note={taskForce.note}
        actions={<EditFiveOne chain={chain} item="task_force" />}
      >
        {taskForce.taskForce ? (
          <TaskForceDetails
            taskForce={taskForce.taskForce}
            memberActions={canEdit ? memberActions : undefined}
          />
        ) : (
          <NotRecorded />
        )}
      </FiveOneSection>
      <FiveOneSection
        item="policy_package"
        state={policies.state}
        note={policies.note}
        actions={<EditFiveOne chain={chain} item="policy_package" />}
      >
        <ExportButtons list="policies" search={{ chain: chainId }} />
        <PolicyTable policies={policies.policies} actions={canEdit ? policyActions : undefined} />
      </FiveOneSection>
    </>
  );
}

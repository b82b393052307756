import type { ChainDetail } from '@server/contract/chains';
import { ChainMap } from '@/features/chains/components/chain-map';
import { ChiefScientistDetails } from '@/features/chains/components/chief-scientist-details';
import { FiveOneSection, NotRecorded } from '@/features/chains/components/five-one-section';
import { LeaderFirmDetails } from '@/features/chains/components/leader-firm-details';
import { PolicyTable } from '@/features/chains/components/policy-table';
import { TaskForceDetails } from '@/features/chains/components/task-force-details';

/** The five ones (五个一), each in its own section in the overview matrix's order. */
export function FiveOneSections({ chain }: { chain: ChainDetail }) {
  const {
    chain_map: map,
    leader_firm: leader,
    chief_scientist: scientist,
    task_force: taskForce,
    policy_package: policies,
  } = chain.fiveOnes;
  return (
    <>
      <FiveOneSection item="chain_map" state={map.state} note={map.note}>
        <ChainMap segments={chain.chainMap} />
      </FiveOneSection>
      <div className="chain-page__pair">
        <FiveOneSection item="leader_firm" state={leader.state} note={leader.note}>
          {leader.leaderFirm ? (
            <LeaderFirmDetails leaderFirm={leader.leaderFirm} />
          ) : (
            <NotRecorded />
          )}
        </FiveOneSection>
        <FiveOneSection item="chief_scientist" state={scientist.state} note={scientist.note}>
          {scientist.chiefScientist ? (
            <ChiefScientistDetails scientist={scientist.chiefScientist} />
          ) : (
            <NotRecorded />
          )}
        </FiveOneSection>
      </div>
      <FiveOneSection item="task_force" state={taskForce.state} note={taskForce.note}>
        {taskForce.taskForce ? (
          <TaskForceDetails taskForce={taskForce.taskForce} />
        ) : (
          <NotRecorded />
        )}
      </FiveOneSection>
      <FiveOneSection item="policy_package" state={policies.state} note={policies.note}>
        <PolicyTable policies={policies.policies} />
      </FiveOneSection>
    </>
  );
}

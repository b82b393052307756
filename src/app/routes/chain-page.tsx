import { ConfirmLinkStrength } from '@/app/routes/confirm-link-strength';
import { ChainDetail } from '@/features/chains/components/chain-detail';
import {
  ChainRecordActionsContext,
  type ChainRecordActions,
} from '@/features/chains/components/chain-record-actions';
import { ChainInvestmentMap } from '@/features/investment/components/chain-investment-map';
import { SupplyList } from '@/features/investment/components/supply-list';
import { AddProblem } from '@/features/problems/components/edit/problem-launchers';
import { AddProject } from '@/features/projects/components/edit/project-launchers';
import { EscalatedProblems } from '@/features/supervision/components/escalated-problems';

/** The investment map, whose strength suggestions are confirmed through the chain map's link edit. */
function InvestmentMap({ chainId }: { chainId: number }) {
  return <ChainInvestmentMap chainId={chainId} ConfirmStrength={ConfirmLinkStrength} />;
}

const recordActions: ChainRecordActions = {
  AddProject,
  AddProblem,
  InvestmentMap,
  // 链主供需清单: its own element, apart from the 招商图谱 composed beside it.
  SupplyList,
  EscalatedProblems,
};

/**
 * The chain page, with the buttons that add its projects and problems and its investment map
 * (features of their own).
 */
export function ChainPage() {
  return (
    <ChainRecordActionsContext.Provider value={recordActions}>
      <ChainDetail />
    </ChainRecordActionsContext.Provider>
  );
}

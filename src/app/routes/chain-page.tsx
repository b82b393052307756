import { ChainDetail } from '@/features/chains/components/chain-detail';
import {
  ChainRecordActionsContext,
  type ChainRecordActions,
} from '@/features/chains/components/chain-record-actions';
import { SupplyList } from '@/features/investment/components/supply-list';
import { AddProblem } from '@/features/problems/components/edit/problem-launchers';
import { AddProject } from '@/features/projects/components/edit/project-launchers';

const recordActions: ChainRecordActions = {
  AddProject,
  AddProblem,
  // 链主供需清单: its own element, apart from the 招商图谱 composed beside it.
  SupplyList,
};

/** The chain page, with the buttons that add its projects and problems (features of their own). */
export function ChainPage() {
  return (
    <ChainRecordActionsContext.Provider value={recordActions}>
      <ChainDetail />
    </ChainRecordActionsContext.Provider>
  );
}

import { getRouteApi } from '@tanstack/react-router';
import { QueryResult } from '@/components/feedback/query-result';
import { useChain } from '@/features/chains/api/get-chain';
import { ChainClusters } from '@/features/chains/components/chain-clusters';
import { ChainHistory } from '@/features/chains/components/chain-history';
import { ChainHeader } from '@/features/chains/components/chain-header';
import { ChainIndicators } from '@/features/chains/components/chain-indicators';
import { ChainParks } from '@/features/chains/components/chain-parks';
import { ChainProblems } from '@/features/chains/components/chain-problems';
import { ChainProjects } from '@/features/chains/components/chain-projects';
import { useChainRecordActions } from '@/features/chains/components/chain-record-actions';
import { FiveOneSections } from '@/features/chains/components/five-one-sections';
import { FiveOnesNav } from '@/features/chains/components/five-ones-nav';
import { ReportReminder } from '@/features/chains/components/report-schedule';
import { StatusReports } from '@/features/chains/components/status-reports';
import { useFocusHashTarget } from '@/features/chains/hooks/use-focus-hash-target';
import '@/features/chains/chains.css';

const route = getRouteApi('/chains/$chainId');

/** 产业链详情: one chain, from its five ones down to its firms, projects and problems. */
export function ChainDetail() {
  const { chainId } = route.useParams();
  const chain = useChain(chainId);
  const { InvestmentMap } = useChainRecordActions();
  useFocusHashTarget(chain.isSuccess);
  const { SupplyList } = useChainRecordActions();

  return (
    <div className="page chain-page">
      <QueryResult query={chain}>
        {(data) => (
          <>
            <ChainHeader chain={data} />
            {data.fiveOnes.task_force.taskForce && (
              <ReportReminder
                chainId={data.id}
                schedule={data.fiveOnes.task_force.taskForce.reportSchedule}
              />
            )}
            <FiveOnesNav fiveOnes={data.fiveOnes} />
            <FiveOneSections chain={data} />
            {SupplyList && <SupplyList chainId={data.id} />}
            <ChainIndicators chainId={data.id} />
            <div className="chain-page__pair">
              <ChainParks parks={data.parks} />
              <ChainClusters clusters={data.clusters} />
            </div>
            <ChainProjects chainId={data.id} projects={data.projects} />
            {InvestmentMap && <InvestmentMap chainId={data.id} />}
            <ChainProblems chainId={data.id} problems={data.problems} />
            <StatusReports chainId={data.id} reports={data.statusReports} />
            <ChainHistory chainId={data.id} />
          </>
        )}
      </QueryResult>
    </div>
  );
}

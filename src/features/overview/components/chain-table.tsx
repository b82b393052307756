import { useTranslation } from 'react-i18next';
import { fiveOneItems } from '@server/contract/domain';
import type { OverviewChain } from '@server/contract/overview';
import { FiveOneStateLabel } from '@/features/overview/components/five-one-state-label';
import { RagStatusLabel } from '@/features/overview/components/rag-status-label';

interface ChainTableProps {
  chains: OverviewChain[];
  labelledBy: string;
}

export function ChainTable({ chains, labelledBy }: ChainTableProps) {
  const { t } = useTranslation();
  return (
    <table className="chain-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col" className="chain-table__chain">
            {t('overview.columns.chain')}
          </th>
          <th scope="col">{t('overview.columns.leader')}</th>
          <th scope="col">{t('overview.columns.status')}</th>
          {fiveOneItems.map((item) => (
            <th scope="col" key={item}>
              {t(`fiveOnes.items.${item}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chains.map((chain) => (
          <tr key={chain.id}>
            <th scope="row" className="chain-table__chain">
              {chain.name}
            </th>
            <td>{chain.leaderName}</td>
            <td>
              <RagStatusLabel status={chain.status} />
            </td>
            {fiveOneItems.map((item) => (
              <td key={item}>
                <FiveOneStateLabel state={chain.fiveOnes[item]} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

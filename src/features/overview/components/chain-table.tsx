import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { fiveOneItems } from '@server/contract/domain';
import type { OverviewChain } from '@server/contract/overview';
import { FiveOneStateLabel } from '@/components/status/five-one-state-label';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { useFormatters } from '@/hooks/use-formatters';

interface ChainTableProps {
  chains: OverviewChain[];
  labelledBy: string;
}

/** Chains as rows, the five ones as columns; each cell opens that one on the chain's page. */
export function ChainTable({ chains, labelledBy }: ChainTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
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
        {chains.map((chain) => {
          const name = format.name(chain);
          return (
            <tr key={chain.id}>
              <th scope="row" className="chain-table__chain">
                <Link to="/chains/$chainId" params={{ chainId: chain.id }}>
                  {name}
                </Link>
              </th>
              <td lang="zh-CN">{chain.leaderName}</td>
              <td>
                <RagStatusLabel status={chain.status} />
              </td>
              {fiveOneItems.map((item) => (
                <td key={item}>
                  <Link
                    to="/chains/$chainId"
                    params={{ chainId: chain.id }}
                    hash={`five-one-${item}`}
                    className="five-one-link"
                    aria-label={t('overview.matrix.cell', {
                      chain: name,
                      item: t(`fiveOnes.items.${item}`),
                      state: t(`fiveOnes.states.${chain.fiveOnes[item]}`),
                    })}
                  >
                    <FiveOneStateLabel state={chain.fiveOnes[item]} />
                  </Link>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

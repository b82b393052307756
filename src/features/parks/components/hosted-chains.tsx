import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { HostedChain } from '@server/contract/parks';
import { useFormatters } from '@/hooks/use-formatters';

/** The chains a park hosts as links; its main (主导) chains come first and say so in words. */
export function HostedChains({ chains }: { chains: readonly HostedChain[] }) {
  const { t } = useTranslation('parks');
  const format = useFormatters();
  if (chains.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="tags">
      {chains.map((chain) => (
        <li key={chain.id} className="tag">
          <Link to="/chains/$chainId" params={{ chainId: chain.id }}>
            {format.name(chain)}
          </Link>
          {chain.isMain && <> {t('parks.mainChain')}</>}
        </li>
      ))}
    </ul>
  );
}

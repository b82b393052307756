import { Link } from '@tanstack/react-router';
import type { NamedRef } from '@server/contract/common';
import { useFormatters } from '@/hooks/use-formatters';

/** A cluster's chains as links; `none` says so in words when it has none. */
export function ClusterChains({ chains, none }: { chains: NamedRef[]; none: string }) {
  const format = useFormatters();
  if (chains.length === 0) return <>{none}</>;
  return (
    <ul className="tags">
      {chains.map((chain) => (
        <li key={chain.id} className="tag">
          <Link to="/chains/$chainId" params={{ chainId: chain.id }}>
            {format.name(chain)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

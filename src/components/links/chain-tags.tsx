import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NamedRef } from '@server/contract/common';
import { useFormatters } from '@/hooks/use-formatters';

interface ChainTagsProps {
  chains: readonly NamedRef[];
  /** What to say when there are none; 无 / None by default. */
  none?: string;
}

/** Chains as a row of tags, each a link to its chain page. */
export function ChainTags({ chains, none }: ChainTagsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (chains.length === 0) return <>{none ?? t('common.none')}</>;
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

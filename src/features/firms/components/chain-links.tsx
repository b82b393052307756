import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NamedRef } from '@server/contract/common';
import { useFormatters } from '@/hooks/use-formatters';

/** The chains a firm belongs to, each a link to its chain page. */
export function ChainLinks({ chains }: { chains: readonly NamedRef[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (chains.length === 0) return <>{t('common.none')}</>;
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

import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { FiveOnesDetail } from '@server/contract/chains';
import { fiveOneItems } from '@server/contract/domain';
import { fiveOneSectionId } from '@/features/chains/components/five-one-id';
import { FiveOneStateLabel } from '@/components/status/five-one-state-label';

const route = getRouteApi('/chains/$chainId');

/** The five ones at a glance, each a jump to its section. */
export function FiveOnesNav({ fiveOnes }: { fiveOnes: FiveOnesDetail }) {
  const { t } = useTranslation('chains');
  const { chainId } = route.useParams();
  const search = route.useSearch();
  return (
    <nav className="five-ones-nav" aria-label={t('chains.fiveOnesNav')}>
      <ul>
        {fiveOneItems.map((item) => (
          <li key={item}>
            <Link
              to="/chains/$chainId"
              params={{ chainId }}
              search={search}
              hash={fiveOneSectionId(item)}
              className="five-ones-nav__link"
            >
              <span>{t(`fiveOnes.items.${item}`)}</span>
              <FiveOneStateLabel state={fiveOnes[item].state} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

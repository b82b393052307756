import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';

type ChainNames = Pick<OverviewChain, 'name' | 'nameEn' | 'category' | 'leaderName'>;

/** A chain slide's title line: the chain, what the slide shows of it, its category and leader. */
export function SlideHead({ chain, part }: { chain: ChainNames; part?: ReactNode }) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  return (
    <header className="slide__head">
      <h1 id="slide-title" className="slide__title">
        {format.name(chain)}
        {part && <span className="slide__part"> · {part}</span>}
      </h1>
      <p className="slide__meta">
        {t(`category.${chain.category}`)} · {t('overview.card.leader')}{' '}
        <span lang="zh-CN">{chain.leaderName}</span>
      </p>
    </header>
  );
}

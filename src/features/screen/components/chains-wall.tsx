import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';
import { fiveOneItems } from '@server/contract/domain';
import { useFormatters } from '@/hooks/use-formatters';
import { Panel } from '@/features/screen/components/panel';

/** The chains as a status wall: RAG, the five ones, the key indicator against its target. */
export function ChainsWall({ chains, date }: { chains: OverviewChain[]; date: string }) {
  const { t } = useTranslation('screen');
  return (
    <Panel title={t('screen.chains.title')} date={date} area="chains">
      <ul className="screen-chains">
        {chains.map((chain) => (
          <ChainTile key={chain.id} chain={chain} />
        ))}
      </ul>
    </Panel>
  );
}

function ChainTile({ chain }: { chain: OverviewChain }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const indicator = chain.keyIndicators[0];
  const name = format.name(chain);
  // A tile has room for two figures of about four digits each: no decimal from 100 up.
  const tileFigure = (figure: number) => format.number(figure, figure >= 100 ? 0 : 1);
  return (
    <li className={`screen-chain screen-chain--${chain.status}`}>
      <span className="screen-chain__name">{name}</span>
      <span className="screen-chain__row">
        <span className={`screen-rag screen-rag--${chain.status}`}>
          {t(`status.${chain.status}`)}
        </span>
        <span
          className="screen-five"
          role="img"
          aria-label={fiveOneItems
            .map(
              (item) =>
                `${t(`fiveOnes.items.${item}`)} ${t(`fiveOnes.states.${chain.fiveOnes[item]}`)}`,
            )
            .join('，')}
        >
          {fiveOneItems.map((item) => (
            <span
              key={item}
              className={`screen-five__dot screen-five__dot--${chain.fiveOnes[item]}`}
            />
          ))}
        </span>
      </span>
      {indicator && indicator.value !== null && indicator.target !== null ? (
        <span
          className={`screen-chain__indicator screen-rating--${indicator.rating ?? 'none'}`}
          title={format.name(indicator)}
        >
          {tileFigure(indicator.value)} / {tileFigure(indicator.target)}
        </span>
      ) : (
        <span className="screen-chain__indicator">—</span>
      )}
    </li>
  );
}

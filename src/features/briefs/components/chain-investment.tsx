import { useTranslation } from 'react-i18next';
import type { ChainInvestment } from '@server/contract/investment';
import { useFormatters } from '@/hooks/use-formatters';

/** What an A4 page has room for; the chain page has the rest. */
const LINKS_SHOWN = 5;
const SUPPLY_SHOWN = 3;

const openStages = new Set(['identified', 'contacted', 'visited', 'negotiating']);

/**
 * 招商 on the brief: the funnel's figures, the signed projects and investment, the weak and
 * missing links with their open leads, and the supply-list items least made locally.
 */
export function ChainInvestmentBrief({ investment }: { investment: ChainInvestment }) {
  const { t } = useTranslation(['briefs', 'translation']);
  const format = useFormatters();
  const { funnel } = investment;
  const signed = funnel.stages.find((stage) => stage.stage === 'signed');
  const gaps = investment.segments
    .flatMap((segment) => segment.links)
    .filter((link) => link.strength !== 'strong')
    .map((link) => ({ link, open: link.leads.filter((lead) => openStages.has(lead.stage)) }))
    .toSorted((a, b) => b.open.length - a.open.length);
  const lowest = investment.supplyItems
    .toSorted((a, b) => a.localSharePercent - b.localSharePercent)
    .slice(0, SUPPLY_SHOWN);

  return (
    // Printed, the figures only (briefs.css): the links and supply items are the chain page's.
    <section className="brief-section brief-investment" aria-labelledby="brief-investment">
      <h2 id="brief-investment" className="brief-section__title">
        {t('briefs.chain.investment.title')}
      </h2>
      <dl className="brief-counts">
        {funnel.stages.map((stage) => (
          <div
            key={stage.stage}
            className={`brief-counts__item brief-counts__item--${stage.stage}`}
          >
            <dt>{t(`leadStage.${stage.stage}`, { ns: 'translation' })}</dt>
            <dd>{format.number(stage.reached)}</dd>
          </div>
        ))}
        <div className="brief-counts__item">
          <dt>{t('briefs.chain.investment.signed')}</dt>
          <dd>
            {t('briefs.chain.projectsValue', {
              count: signed?.reached ?? 0,
              amount: format.yi(signed?.investmentYi ?? 0),
            })}
          </dd>
        </div>
        <div className="brief-counts__item">
          <dt>{t('leadStage.dropped', { ns: 'translation' })}</dt>
          <dd>{format.number(funnel.dropped.count)}</dd>
        </div>
      </dl>
      <div className="brief-columns">
        <div>
          <h3 className="brief-subtitle">{t('briefs.chain.investment.gaps')}</h3>
          {gaps.length === 0 ? (
            <p>{t('briefs.chain.investment.noGaps')}</p>
          ) : (
            <ul className="brief-list" aria-label={t('briefs.chain.investment.gaps')}>
              {gaps.slice(0, LINKS_SHOWN).map(({ link, open }) => (
                <li key={link.id}>
                  {t('briefs.chain.investment.gap', {
                    link: format.name(link),
                    strength: t(`linkStrength.${link.strength}`, { ns: 'translation' }),
                    count: open.length,
                  })}
                  {open.length > 0 &&
                    `：${open
                      .slice(0, 3)
                      .map((lead) => format.name(lead.targetFirm))
                      .join('、')}`}
                </li>
              ))}
              {gaps.length > LINKS_SHOWN && (
                <li>{t('briefs.chain.investment.more', { count: gaps.length - LINKS_SHOWN })}</li>
              )}
            </ul>
          )}
        </div>
        <div>
          <h3 className="brief-subtitle">{t('briefs.chain.investment.lowest')}</h3>
          {lowest.length === 0 ? (
            <p>{t('briefs.chain.investment.noSupply')}</p>
          ) : (
            <ul className="brief-list" aria-label={t('briefs.chain.investment.lowest')}>
              {lowest.map((item) => (
                <li key={item.id}>
                  {t('briefs.chain.investment.supply', {
                    item: format.name({ name: item.item, nameEn: item.itemEn }),
                    link: format.name(item.link),
                    share: item.localSharePercent,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { leadPipelineStages } from '@server/contract/domain';
import type { ChainInvestment, InvestmentLink } from '@server/contract/investment';
import type { OverviewChain } from '@server/contract/overview';
import { SlideHead } from '@/features/present/components/slide-head';
import { useFormatters } from '@/hooks/use-formatters';

/** Links a slide has room for at projector type sizes (1366×768 included); the rest are counted. */
const LINKS_SHOWN = 9;

/** The stages a link's leads are counted by on the slide: the pipeline, then 终止. */
const columns = [...leadPipelineStages, 'dropped'] as const;

/** The weak and missing links, the ones 招商 works on: the most leads first, missing before weak. */
function gapLinks(investment: ChainInvestment): InvestmentLink[] {
  const leads = (link: InvestmentLink) =>
    link.leadsByStage.reduce((sum, stage) => sum + stage.count, 0);
  return investment.segments
    .flatMap((segment) => segment.links)
    .filter((link) => link.strength !== 'strong')
    .toSorted(
      (a, b) =>
        Number(b.strength === 'missing') - Number(a.strength === 'missing') || leads(b) - leads(a),
    );
}

/** 招商: the chain's funnel by stage and its weak and missing links with their leads by stage. */
export function ChainInvestmentSlide({
  chain,
  investment,
}: {
  chain: OverviewChain;
  investment: ChainInvestment;
}) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  const { funnel } = investment;
  const signed = funnel.stages.find((stage) => stage.stage === 'signed');
  const gaps = gapLinks(investment);
  const shown = gaps.slice(0, LINKS_SHOWN);
  const countOf = (link: InvestmentLink, stage: (typeof columns)[number]) =>
    link.leadsByStage.find((entry) => entry.stage === stage)?.count ?? 0;

  return (
    <section className="slide slide--investment" aria-labelledby="slide-title">
      <SlideHead chain={chain} part={t('present.slides.investment')} />
      <dl className="slide-figures">
        {funnel.stages.map((stage) => (
          <div key={stage.stage} className="slide-figures__item">
            <dt>{t(`leadStage.${stage.stage}`, { ns: 'translation' })}</dt>
            <dd className="slide-number">{format.number(stage.reached)}</dd>
          </div>
        ))}
        <div className="slide-figures__item">
          <dt>{t('present.investment.signedInvestment')}</dt>
          <dd className="slide-number">{format.yi(signed?.investmentYi ?? 0)}</dd>
        </div>
        <div className="slide-figures__item">
          <dt>{t('leadStage.dropped', { ns: 'translation' })}</dt>
          <dd className="slide-number">{format.number(funnel.dropped.count)}</dd>
        </div>
      </dl>
      <p className="slide-muted">{t('present.investment.reachedNote')}</p>
      {gaps.length === 0 ? (
        <p className="slide-muted">{t('present.investment.noGaps')}</p>
      ) : (
        <table className="slide-table">
          <caption className="slide-subtitle slide-caption">{t('present.investment.gaps')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('present.investment.link')}</th>
              <th scope="col">{t('present.investment.strength')}</th>
              {columns.map((stage) => (
                <th key={stage} scope="col" className="slide-number">
                  {t(`leadStage.${stage}`, { ns: 'translation' })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((link) => (
              <tr key={link.id}>
                <th scope="row">{format.name(link)}</th>
                <td className={`slide-strength slide-strength--${link.strength}`}>
                  {t(`linkStrength.${link.strength}`, { ns: 'translation' })}
                </td>
                {columns.map((stage) => (
                  <td key={stage} className="slide-number">
                    {format.number(countOf(link, stage))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {gaps.length > LINKS_SHOWN && (
        <p className="slide-muted">
          {t('present.investment.more', { count: gaps.length - LINKS_SHOWN })}
        </p>
      )}
    </section>
  );
}

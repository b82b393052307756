import { useTranslation } from 'react-i18next';
import type { Overview } from '@server/contract/overview';
import { fiveOneStateIcons } from '@/components/status/five-one-state-icons';
import { FiveOneStateLabel } from '@/components/status/five-one-state-label';
import { RagStatusLabel } from '@/components/status/rag-status-label';
import { useFormatters } from '@/hooks/use-formatters';
import { fiveOneItems } from '@/features/present/five-one-items';

const fiveOneStates = ['in_place', 'in_progress', 'missing'] as const;

/** The city at a glance: a few headline figures and every chain's five ones and status. */
export function OverviewSlide({ overview }: { overview: Overview }) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  const { headline, dataset } = overview;
  const city = dataset ? format.name({ name: dataset.cityName, nameEn: dataset.cityNameEn }) : null;
  const figures = [
    ['chains', format.number(headline.chains.total)],
    ['highTech', format.number(headline.firms.highTech)],
    ['littleGiant', format.number(headline.firms.littleGiant)],
    ['specialtyParks', format.number(headline.specialtyParks)],
    ['promotionProjects', format.yi(headline.promotionProjects.investmentYi)],
    ['problemsResolved', format.percent(headline.problems.resolutionRate)],
  ] as const;

  return (
    <section className="slide slide--overview" aria-labelledby="slide-title">
      <header className="slide__head">
        <h1 id="slide-title" className="slide__title">
          {city ? t('present.overview.titleWithCity', { city }) : t('present.overview.title')}
        </h1>
        <p className="slide__meta">
          {t('present.overview.asOf', { date: format.date(overview.asOf) })}
          {dataset?.isSample && <> · {t('present.sample')}</>}
        </p>
      </header>
      <dl className="slide-figures">
        {figures.map(([key, value]) => (
          <div key={key} className="slide-figures__item">
            <dt>{t(`present.overview.figures.${key}`)}</dt>
            <dd className="slide-number">{value}</dd>
          </div>
        ))}
      </dl>
      <table className="slide-table slide-matrix">
        <caption className="visually-hidden">{t('overview.matrix.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.columns.chain')}</th>
            <th scope="col">{t('overview.columns.status')}</th>
            {fiveOneItems.map((item) => (
              <th key={item} scope="col">
                {t(`fiveOnes.items.${item}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.chains.map((chain) => (
            <tr key={chain.id}>
              <th scope="row">{format.name(chain)}</th>
              <td>
                <RagStatusLabel status={chain.status} />
              </td>
              {fiveOneItems.map((item) => (
                <td key={item}>
                  <FiveOneStateLabel state={chain.fiveOnes[item]} compact />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slide-legend" aria-hidden="true">
        {fiveOneStates.map((state) => (
          <span key={state}>
            {fiveOneStateIcons[state]} {t(`fiveOnes.states.${state}`)}
          </span>
        ))}
      </p>
    </section>
  );
}

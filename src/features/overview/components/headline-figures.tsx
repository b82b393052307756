import { useTranslation } from 'react-i18next';
import type { Headline } from '@server/contract/overview';
import { formatYi } from '@/lib/format';

/** The city-wide figures, each a term and its value, so they can be checked against the source. */
export function HeadlineFigures({ headline }: { headline: Headline }) {
  const { t, i18n } = useTranslation();
  const { firms, clusters, promotionProjects, problems, meetings } = headline;
  const figures = [
    ['highTech', t('headline.count.firms', { count: firms.highTech })],
    ['techSme', t('headline.count.firms', { count: firms.techSme })],
    ['littleGiant', t('headline.count.firms', { count: firms.littleGiant })],
    ['singleChampion', t('headline.count.firms', { count: firms.singleChampion })],
    ['over100b', t('headline.count.firms', { count: firms.over100b })],
    ['over10b', t('headline.count.firms', { count: firms.over10b })],
    ['specialtyParks', t('headline.count.parks', { count: headline.specialtyParks })],
    [
      'clusters',
      t('headline.clustersValue', {
        national: clusters.national,
        provincial: clusters.provincial,
        smeFeature: clusters.smeFeature,
      }),
    ],
    [
      'promotionProjects',
      t('headline.projectsValue', {
        count: promotionProjects.count,
        amount: formatYi(promotionProjects.investmentYi, i18n.language),
      }),
    ],
    [
      'problems',
      t('headline.problemsValue', {
        count: problems.total,
        resolved: problems.resolved,
        rate: problems.resolutionRate,
        formatParams: { rate: { style: 'percent', maximumFractionDigits: 1 } },
      }),
    ],
    // The article's four figures together: meetings, firms that came, problems, resolved.
    ['meetings', t('headline.meetingsValue', meetings)],
  ] as const;

  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="headline__title">
        {t('headline.title')}
      </h2>
      <dl className="headline__list">
        {figures.map(([key, value]) => (
          <div key={key} className="headline__item">
            <dt>{t(`headline.terms.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

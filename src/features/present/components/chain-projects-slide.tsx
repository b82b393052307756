import { useTranslation } from 'react-i18next';
import type { ChainDetail } from '@server/contract/chains';
import { useFormatters } from '@/hooks/use-formatters';
import { SlideHead } from '@/features/present/components/slide-head';

/** Rows a slide has room for at projector type sizes. */
const SHOWN = 8;

/** The chain's major projects: totals by stage and the largest ones, stalled ones marked. */
export function ChainProjectsSlide({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  const { projects } = chain;
  const largest = [...projects.items]
    .sort((a, b) => b.investmentYi - a.investmentYi)
    .slice(0, SHOWN);

  return (
    <section className="slide slide--projects" aria-labelledby="slide-title">
      <SlideHead chain={chain} part={t('present.slides.projects')} />
      <dl className="slide-figures">
        <div className="slide-figures__item">
          <dt>{t('present.projects.count')}</dt>
          <dd className="slide-number">{format.number(projects.count)}</dd>
        </div>
        <div className="slide-figures__item">
          <dt>{t('present.projects.investment')}</dt>
          <dd className="slide-number">{format.yi(projects.investmentYi)}</dd>
        </div>
        {projects.byStage.map((stage) => (
          <div key={stage.stage} className="slide-figures__item">
            <dt>{t(`projectStage.${stage.stage}`)}</dt>
            <dd className="slide-number">{format.number(stage.count)}</dd>
          </div>
        ))}
      </dl>
      {largest.length === 0 ? (
        <p className="slide-muted">{t('present.projects.empty')}</p>
      ) : (
        <table className="slide-table">
          <caption className="visually-hidden">{t('present.projects.largest')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('present.projects.name')}</th>
              <th scope="col">{t('present.projects.stage')}</th>
              <th scope="col" className="slide-number">
                {t('present.projects.investment')}
              </th>
              <th scope="col" className="slide-number">
                {t('present.projects.progress')}
              </th>
            </tr>
          </thead>
          <tbody>
            {largest.map((project) => (
              <tr key={project.id}>
                <th scope="row">
                  {format.name(project)}
                  {project.stalled && (
                    <span className="slide-flag"> ⚠ {t('present.projects.stalled')}</span>
                  )}
                </th>
                <td>{t(`projectStage.${project.stage}`)}</td>
                <td className="slide-number">{format.yi(project.investmentYi)}</td>
                <td className="slide-number">{format.percent(project.progress / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {projects.count > largest.length && largest.length > 0 && (
        <p className="slide-muted">
          {t('present.projects.more', {
            shown: largest.length,
            count: projects.count - largest.length,
          })}
        </p>
      )}
    </section>
  );
}

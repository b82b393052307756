import { useTranslation } from 'react-i18next';
import type { Headline } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';
import { Figure, Panel } from '@/features/screen/components/panel';

/** The article's city-wide figures, as the overview computes them. */
export function HeadlinePanel({ headline, date }: { headline: Headline; date: string }) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  return (
    <Panel title={t('screen.headline.title')} date={date} area="headline">
      <div className="screen-figures">
        <Figure value={format.number(headline.chains.total)} label={t('screen.headline.chains')} />
        <Figure
          value={format.number(headline.firms.highTech)}
          label={t('screen.headline.highTech')}
        />
        <Figure
          value={format.number(headline.specialtyParks)}
          label={t('screen.headline.specialtyParks')}
        />
        <Figure
          value={format.number(headline.promotionProjects.count)}
          label={t('screen.headline.promotion')}
        />
        <Figure
          value={format.number(headline.promotionProjects.investmentYi, 0)}
          label={t('screen.headline.promotionYi')}
        />
        <Figure
          value={format.percent(headline.problems.resolutionRate)}
          label={t('screen.headline.resolution')}
        />
      </div>
    </Panel>
  );
}

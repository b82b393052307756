import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { KeyIndicator } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';
import { useIndicatorFormat } from '@/hooks/use-indicator-format';

/**
 * An indicator's last periods against target, drawn to be read from the back of a room: thick
 * lines, large ticks, colours from the theme. No animation, so a background refresh redraws in
 * place instead of replaying the lines.
 */
export function IndicatorTrendChart({ indicator }: { indicator: KeyIndicator }) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  const figure = useIndicatorFormat();
  const name = format.name(indicator);
  return (
    <figure className="slide-chart">
      <figcaption className="slide-chart__title">
        {t('present.chain.trend', { indicator: name, unit: indicator.unit })}
      </figcaption>
      <div className="slide-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={indicator.series} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="var(--line)" strokeDasharray="4 6" />
            {/* Padded so the first and last periods' labels clear the value axis and the edge. */}
            <XAxis
              dataKey="period"
              stroke="var(--ink)"
              tickMargin={8}
              padding={{ left: 48, right: 48 }}
            />
            <YAxis stroke="var(--ink)" width={90} tickFormatter={(v: number) => format.number(v)} />
            <Legend />
            <Line
              name={t('present.chain.target')}
              dataKey="target"
              stroke="var(--ink-muted)"
              strokeWidth={4}
              strokeDasharray="12 8"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              name={t('present.chain.actual')}
              dataKey="value"
              stroke="var(--brand)"
              strokeWidth={6}
              dot={{ r: 7, fill: 'var(--brand)' }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {/* The chart's figures for screen readers. */}
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('present.chain.period')}</th>
            <th scope="col">{t('present.chain.actual')}</th>
            <th scope="col">{t('present.chain.target')}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.series.map((point) => (
            <tr key={point.period}>
              <th scope="row">{point.period}</th>
              <td>
                {point.value === null
                  ? t('common.notRecorded')
                  : figure(point.value, indicator.unit)}
              </td>
              <td>{figure(point.target, indicator.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelStage } from '@server/contract/investment';
import { useFormatters } from '@/hooks/use-formatters';

// Kept in step with `.funnel-chart` in investment.css, so the placeholder has the same size.
const chartHeight = 260;

/**
 * Recharts lives only in this module, so it loads with the chart and not with the page. Bars lie
 * on their side, one row per stage in pipeline order: reached and at-this-stage-now side by side.
 * The table beside it carries the same figures in words.
 */
export function FunnelChart({ stages }: { stages: FunnelStage[] }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const data = stages.map((stage) => ({
    stage: t(`leadStage.${stage.stage}`),
    reached: stage.reached,
    current: stage.current,
  }));
  return (
    <BarChart
      layout="vertical"
      responsive
      style={{ width: '100%', height: chartHeight }}
      data={data}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      // The table is the accessible form of these figures; the chart is a picture of it.
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        allowDecimals={false}
        tick={{ fontSize: 12 }}
        tickFormatter={(tick: number) => format.number(tick)}
      />
      <YAxis type="category" dataKey="stage" width={72} tick={{ fontSize: 12 }} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? format.number(value) : value)} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="reached" name={t('investment.funnel.reachedSeries')} fill="var(--brand)" />
      <Bar dataKey="current" name={t('investment.funnel.currentSeries')} fill="var(--ink-muted)" />
    </BarChart>
  );
}

import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Indicator, IndicatorValue } from '@server/contract/indicators';
import { ratingColours, ratingIcons } from '@/features/chains/components/indicator-rating';
import { useUnitLabel } from '@/features/chains/components/indicator-unit';
import { useFormatters } from '@/hooks/use-formatters';

// Kept in step with `.indicator-chart` in chains.css, so the placeholder has the same size.
const chartHeight = 280;

const neutral = 'var(--ink-muted)';

interface IndicatorChartProps {
  indicator: Indicator;
  /** The periods to draw: all of a short series, a downsampled selection of a long one. */
  values: IndicatorValue[];
}

/**
 * Recharts lives only in this module, so it loads with the first chart and not before. A short
 * series is a bar per period with its figure and rating colour; a downsampled long one is a line,
 * since bars and labels of hundreds of periods neither draw fast nor read apart.
 */
export function IndicatorChart({ indicator, values }: IndicatorChartProps) {
  const { t } = useTranslation('chains');
  const format = useFormatters();
  const unit = useUnitLabel()(indicator.unit);
  const downsampled = values.length < indicator.values.length;
  const data = values.map((value) => ({
    period: value.period,
    value: value.value,
    target: value.target,
    warning: value.warningThreshold,
    excellent: value.excellentThreshold,
    fill: value.rating ? ratingColours[value.rating] : neutral,
    // The mark beside each bar's figure repeats its colour's meaning.
    label:
      value.value === null
        ? ''
        : `${format.number(value.value)}${value.rating ? ` ${ratingIcons[value.rating]}` : ''}`,
  }));
  const formatTick = (tick: number) => format.number(tick);

  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height: chartHeight }}
      data={data}
      margin={{ top: 24, right: 12, bottom: 4, left: 12 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="period"
        tick={{ fontSize: 12 }}
        // Fitting hundreds of labels means measuring each: a long series labels every nth.
        interval={downsampled ? Math.ceil(values.length / 8) : 'preserveEnd'}
      />
      <YAxis
        tickFormatter={formatTick}
        tick={{ fontSize: 12 }}
        width={56}
        label={{ value: unit, angle: -90, position: 'insideLeft', offset: 0, fontSize: 12 }}
      />
      <Tooltip formatter={(value) => (typeof value === 'number' ? format.number(value) : value)} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {downsampled ? (
        <Line
          dataKey="value"
          name={t('chains.indicators.value')}
          stroke="var(--brand)"
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
      ) : (
        <Bar
          dataKey="value"
          name={t('chains.indicators.value')}
          fill={neutral}
          isAnimationActive={false}
        >
          {data.map((entry) => (
            <Cell key={entry.period} fill={entry.fill} />
          ))}
          <LabelList dataKey="label" position="top" fontSize={11} fill="var(--ink)" />
        </Bar>
      )}
      <Line
        dataKey="target"
        name={t('chains.indicators.target')}
        stroke="var(--ink)"
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="warning"
        name={t('chains.indicators.warning')}
        stroke={ratingColours.amber}
        strokeDasharray="2 3"
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="excellent"
        name={t('chains.indicators.excellent')}
        stroke={ratingColours.excellent}
        strokeDasharray="10 3 2 3"
        dot={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}

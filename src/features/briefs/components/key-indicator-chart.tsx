import { Bar, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { KeyIndicator } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';

/**
 * A fixed size in CSS pixels rather than a responsive one: a ResponsiveContainer measures the
 * screen, not the paper, so its drawing would keep the screen's width in print. Three of these
 * fit side by side in A4's printable width (about 700 px at 96 dpi).
 */
const paperChartSize = { width: 220, height: 105 };

/** Ink only: bars in grey, the target as a dashed black line, legible from a black-and-white printer. */
export function KeyIndicatorChart({ series }: { series: KeyIndicator['series'] }) {
  const format = useFormatters();
  return (
    <ComposedChart
      {...paperChartSize}
      data={series}
      margin={{ top: 6, right: 4, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <XAxis
        dataKey="period"
        tick={{ fontSize: 10, fill: '#000' }}
        tickFormatter={(period: string) => period.slice(2)}
        interval="preserveStartEnd"
        stroke="#000"
      />
      <YAxis
        tick={{ fontSize: 10, fill: '#000' }}
        tickFormatter={(tick: number) => format.number(tick, 1)}
        width={40}
        tickCount={3}
        stroke="#000"
      />
      <Bar dataKey="value" fill="#8c959f" isAnimationActive={false} />
      <Line
        dataKey="target"
        stroke="#000"
        strokeWidth={1.5}
        strokeDasharray="5 3"
        dot={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}

import { Line, LineChart, YAxis } from 'recharts';
import type { KeyIndicator } from '@server/contract/overview';

/** Kept in step with `.sparkline` in overview.css, so the placeholder has the same size. */
const sparklineSize = { width: 240, height: 44 };

/** Recharts lives only in this module, so it loads after the overview's first paint. */
export function SparklineChart({ series }: { series: KeyIndicator['series'] }) {
  return (
    <LineChart
      {...sparklineSize}
      data={series}
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <YAxis hide domain={['dataMin', 'dataMax']} />
      <Line
        dataKey="target"
        stroke="#57606a"
        strokeWidth={1}
        strokeDasharray="4 3"
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="value"
        stroke="var(--brand)"
        strokeWidth={2}
        dot={false}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

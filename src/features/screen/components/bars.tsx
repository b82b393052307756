interface MonthValue {
  month: string;
  value: number;
}

/** Vertical bars for a short monthly series: plain boxes, no chart library, no animation. */
export function MonthBars({ months, label }: { months: MonthValue[]; label: string }) {
  const top = Math.max(...months.map((month) => month.value), 0);
  return (
    <div className="screen-bars" role="img" aria-label={label}>
      {months.map(({ month, value }) => (
        <span
          key={month}
          className="screen-bars__bar"
          style={{ height: `${top === 0 ? 0 : Math.max(4, (value / top) * 100)}%` }}
        />
      ))}
    </div>
  );
}

/** A horizontal bar's fill, as a share of the largest. */
export function Meter({ value, top, tone }: { value: number; top: number; tone?: string }) {
  return (
    <span className="screen-meter" aria-hidden="true">
      <span
        className={`screen-meter__fill${tone ? ` screen-meter__fill--${tone}` : ''}`}
        style={{ width: `${top === 0 ? 0 : (value / top) * 100}%` }}
      />
    </span>
  );
}

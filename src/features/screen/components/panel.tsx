import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** When the figures were true: every panel says it. */
  date: string;
  area: string;
  children: ReactNode;
}

/** One panel of the wall: its title and its figures' date on top, placed by its grid area. */
export function Panel({ title, date, area, children }: PanelProps) {
  return (
    <section className="screen-panel" style={{ gridArea: area }} aria-label={title}>
      <header className="screen-panel__head">
        <h2 className="screen-panel__title">{title}</h2>
        <span className="screen-panel__date">{date}</span>
      </header>
      <div className="screen-panel__body">{children}</div>
    </section>
  );
}

/** A figure read from across the room: at least 48 px on the 1920×1080 canvas. */
export function Figure({ value, label }: { value: string; label: string }) {
  return (
    <div className="screen-figure-box">
      <span className="screen-figure">{value}</span>
      <span className="screen-figure-box__label">{label}</span>
    </div>
  );
}

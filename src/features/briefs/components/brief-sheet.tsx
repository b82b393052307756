import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '@/features/briefs/components/print-button';
import '@/features/briefs/briefs.css';

interface BriefSheetProps {
  /** 产业链简报 or 全市简报: what kind of paper this is, above its title. */
  kind: string;
  title: string;
  /** The way back to the screen the brief summarises; not printed. */
  back: ReactNode;
  /** The as-of date and the data source, at the foot of the page. */
  footer: ReactNode;
  children: ReactNode;
}

/**
 * One A4 page: on screen a sheet of paper with the print action above it, in print the page
 * itself (the print stylesheet drops the toolbar and the app's frame).
 */
export function BriefSheet({ kind, title, back, footer, children }: BriefSheetProps) {
  const { t, i18n } = useTranslation('briefs');
  // "Save as PDF" names the file after the page's title: 新型显示 · 产业链简报.pdf. Leaving, the
  // app's own title comes back in the language of the moment, which may have changed meanwhile.
  useEffect(() => {
    document.title = `${title} · ${kind}`;
    return () => {
      document.title = i18n.t('app.name');
    };
  }, [title, kind, i18n]);

  return (
    <div className="brief">
      <div className="brief__toolbar" data-print="hide">
        {back}
        <PrintButton />
        <p className="brief__hint">{t('briefs.printHint')}</p>
      </div>
      <article className="brief-sheet" aria-labelledby="brief-title">
        <header className="brief-sheet__head">
          <p className="brief-sheet__kind">{kind}</p>
          <h1 id="brief-title" className="brief-sheet__title">
            {title}
          </h1>
        </header>
        <div className="brief-sheet__body">{children}</div>
        <footer className="brief-sheet__foot">{footer}</footer>
      </article>
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dataLang } from '@/components/vocabulary/data-lang';

/**
 * Text from the data (a name, a note, a title) as recorded, marked as Chinese when it is and the
 * page is not. A vocabulary with words in the locales is a `DataTerm` instead.
 */
export function DataText({ children }: { children: string | null | undefined }) {
  const { i18n } = useTranslation();
  const lang = dataLang(children, i18n.language);
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/** A run of Chinese: Han characters with the CJK punctuation between and around them. */
const hanRun =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]*/gu;

/**
 * Interface text with Chinese inside it (a name put into a sentence, "By 崔明鹏"; a Chinese term
 * quoted in English, "fill (补链)"): each run of Chinese marked as such on a page that is not.
 */
export function MixedText({ children }: { children: string }) {
  const { i18n } = useTranslation();
  if (i18n.language.startsWith('zh')) return <>{children}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of children.matchAll(hanRun)) {
    parts.push(children.slice(last, match.index));
    parts.push(
      <span key={match.index} lang="zh-CN">
        {match[0]}
      </span>,
    );
    last = match.index + match[0].length;
  }
  parts.push(children.slice(last));
  return <>{parts}</>;
}

import { useTranslation } from 'react-i18next';

/** Vocabularies kept as Chinese text in the data, each with its words in the locales. */
export type Vocabulary = 'problemCategory' | 'taskForceRole';

/**
 * A term of a vocabulary that the data holds as text (a problem's 类别, a member's 职务): in the
 * reader's language when the locales know it; otherwise as recorded, marked as Chinese so a
 * screen reader on an English page reads it as such (WCAG 3.1.2).
 */
export function DataTerm({ vocabulary, value }: { vocabulary: Vocabulary; value: string }) {
  const { t, i18n } = useTranslation();
  const key = `${vocabulary}.${value}`;
  // `keySeparator` is '.', so a term holding a dot cannot be a key: it is shown as recorded.
  if (!value.includes('.') && i18n.exists(key)) return <>{t(key as never)}</>;
  return <span lang="zh-CN">{value}</span>;
}

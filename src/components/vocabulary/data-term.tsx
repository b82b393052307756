import { useTranslation } from 'react-i18next';

/**
 * Vocabularies kept as Chinese text in the data, each with its words in the locales of the screens
 * that show it (loaded with those screens, not with the first page).
 */
const vocabularies = {
  problemCategory: { ns: 'problems', prefix: 'problems.categories' },
  taskForceRole: { ns: 'chains', prefix: 'chains.taskForceRoles' },
} as const;

export type Vocabulary = keyof typeof vocabularies;

/**
 * A term of a vocabulary that the data holds as text (a problem's 类别, a member's 职务): in the
 * reader's language when the locales know it; otherwise as recorded, marked as Chinese so a
 * screen reader on an English page reads it as such (WCAG 3.1.2).
 */
export function DataTerm({ vocabulary, value }: { vocabulary: Vocabulary; value: string }) {
  const { ns, prefix } = vocabularies[vocabulary];
  const { t, i18n } = useTranslation(ns);
  const key = `${prefix}.${value}`;
  // `keySeparator` is '.', so a term holding a dot cannot be a key: it is shown as recorded.
  if (!value.includes('.') && i18n.exists(key, { ns })) return <>{t(key as never)}</>;
  return <span lang="zh-CN">{value}</span>;
}

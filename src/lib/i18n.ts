import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { zhCN, type ScreenTranslations } from '@/locales/zh-CN';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

/**
 * What the first screen needs in the default language, bundled; the other language's (chosen
 * by few, and remembered) loads when chosen, and every screen's strings load with that screen.
 */
const resources = { [defaultLanguage]: { translation: zhCN } } as const;

/** The first screen's strings of the languages not bundled, each its own chunk. */
const firstScreenStrings: Record<
  Exclude<Language, typeof defaultLanguage>,
  () => Promise<object>
> = { 'en-US': () => import('@/locales/en-US').then((strings) => strings.enUS) };

export type ScreenNamespace = keyof ScreenTranslations;

// One module per language and screen, e.g. ../locales/en-US/firms.ts, split into its own chunk.
const screenStrings = import.meta.glob<Record<string, unknown>>([
  '../locales/*/*.ts',
  '!../locales/*/{index,common,domain,overview,session}.ts',
]);

function loadScreenStrings(language: string, namespace: string) {
  if (namespace === 'translation' && language in firstScreenStrings) {
    return firstScreenStrings[language as keyof typeof firstScreenStrings]();
  }
  const load = screenStrings[`../locales/${language}/${namespace}.ts`];
  if (!load) throw new Error(`No strings for ${namespace} in ${language}`);
  return load();
}

/**
 * A ready instance: the bundled strings initialise it synchronously (in English, the first
 * screen suspends until its strings are in). A screen that calls
 * `useTranslation('firms')` suspends until its strings are in, and a language change loads the
 * new language's strings of the screens already seen before it switches.
 */
export function createI18n(language: Language = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(resourcesToBackend(loadScreenStrings)).init({
    resources,
    partialBundledLanguages: true,
    ns: ['translation'],
    defaultNS: 'translation',
    fallbackNS: 'translation',
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    initAsync: false,
    // React escapes what it renders; escaping here too would show entities as text.
    interpolation: { escapeValue: false },
  });
  return instance;
}

import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { enUS } from '@/locales/en-US';
import { zhCN, type ScreenTranslations } from '@/locales/zh-CN';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

/** What the first screen needs, bundled; every other screen's strings load with that screen. */
export const resources = {
  'zh-CN': { translation: zhCN },
  'en-US': { translation: enUS },
} as const;

export type ScreenNamespace = keyof ScreenTranslations;

// One module per language and screen, e.g. ../locales/en-US/firms.ts, split into its own chunk.
const screenStrings = import.meta.glob<Record<string, unknown>>([
  '../locales/*/*.ts',
  '!../locales/*/{index,common,domain,overview,session}.ts',
]);

function loadScreenStrings(language: string, namespace: string) {
  const load = screenStrings[`../locales/${language}/${namespace}.ts`];
  if (!load) throw new Error(`No strings for ${namespace} in ${language}`);
  return load();
}

/**
 * A ready instance: the bundled strings initialise it synchronously. A screen that calls
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

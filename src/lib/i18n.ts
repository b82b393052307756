import i18next, { type i18n } from 'i18next';
import { enUS } from '@/locales/en-US';
import { zhCN } from '@/locales/zh-CN';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  'en-US': { translation: enUS },
} as const;

/** A ready instance: resources are bundled, so it initialises synchronously. */
export function createI18n(language: Language = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    initAsync: false,
    // React escapes what it renders; escaping here too would show entities as text.
    interpolation: { escapeValue: false },
  });
  return instance;
}

import type { ScreenTranslations, Translation } from '@/locales/zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: { translation: Translation } & ScreenTranslations;
  }
}

import type { ScreenTranslations } from '@/locales/zh-CN';

export const demo: ScreenTranslations['demo']['demo'] = {
  banner: {
    label: 'Demo mode',
    text: 'Demo mode: there is no server; the data stays in this browser. Sample users such as viewer and editor-new-display, password chainboard-sample.',
    reset: 'Restore the sample data',
    question:
      'Restore the sample data? Every change made in this browser will be lost, and you will need to sign in again.',
    confirm: 'Restore',
  },
};

import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <label className="language-switch">
      <span className="language-switch__label">{t('language.label')}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {languages.map((option) => (
          // Each language is named in itself, so a reader of either can find theirs.
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

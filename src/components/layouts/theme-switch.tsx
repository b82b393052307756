import { useTranslation } from 'react-i18next';
import { themes, useUiStore, type Theme } from '@/stores/ui-store';
import '@/components/layouts/themes.css';

/** The app's look, next to the language: standard, or the projector's large high-contrast type. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const theme = useUiStore((state) => state.theme);
  const setTheme = useUiStore((state) => state.setTheme);
  return (
    <label className="language-switch">
      <span className="language-switch__label">{t('theme.label')}</span>
      <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
        {themes.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

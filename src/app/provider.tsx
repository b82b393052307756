import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';
import { UiStoreProvider } from '@/stores/ui-store-provider';

interface AppProviderProps {
  children: ReactNode;
  queryClient: QueryClient;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  return (
    <UiStoreProvider>
      <LanguageProvider>
        <ThemeRoot />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </LanguageProvider>
    </UiStoreProvider>
  );
}

/** i18next follows the language chosen in the UI store; the document follows i18next. */
function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useUiStore((state) => state.language);
  const [i18n] = useState(() => createI18n(language));

  useEffect(() => {
    const named = () => {
      document.documentElement.lang = language;
      document.title = i18n.t('app.name');
    };
    // A language not bundled has its strings in only once loaded: the page says which language
    // it is in, and its title, once it is.
    if (i18n.language !== language) void i18n.changeLanguage(language).then(named);
    else void i18n.loadNamespaces('translation').then(named);
  }, [i18n, language]);

  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** The chosen theme (or the one a screen imposes) on the root element, where its CSS keys off. */
function ThemeRoot() {
  const theme = useUiStore((state) => state.themeOverride ?? state.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

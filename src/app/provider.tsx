import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/react-query';

interface AppProviderProps {
  children: ReactNode;
  queryClient?: QueryClient;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [i18n] = useState(() => createI18n());

  useEffect(() => {
    const syncDocument = () => {
      document.documentElement.lang = i18n.language;
      document.title = i18n.t('app.name');
    };
    syncDocument();
    i18n.on('languageChanged', syncDocument);
    return () => i18n.off('languageChanged', syncDocument);
  }, [i18n]);

  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}

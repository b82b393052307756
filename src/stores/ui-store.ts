import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultLanguage, languages, type Language } from '@/lib/i18n';

/**
 * The one store of client state: choices a user makes that are neither server data (the query
 * cache) nor part of an address (the URL). Only preferences are remembered across visits.
 */
export interface UiState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const storageKey = 'chainboard.ui';

export function createUiStore() {
  return createStore<UiState>()(
    persist(
      (set) => ({
        language: defaultLanguage,
        setLanguage: (language) => set({ language }),
      }),
      {
        name: storageKey,
        version: 1,
        storage: createJSONStorage(() => localStorage),
        partialize: ({ language }) => ({ language }),
        // A value saved by another version, or edited by hand, must not break the app.
        merge: (saved, current) => {
          const language = (saved as Partial<UiState> | undefined)?.language;
          return languages.includes(language as Language)
            ? { ...current, language: language as Language }
            : current;
        },
      },
    ),
  );
}

export const UiStoreContext = createContext<StoreApi<UiState> | null>(null);

export function useUiStore<Selected>(selector: (state: UiState) => Selected): Selected {
  const store = useContext(UiStoreContext);
  if (!store) throw new Error('useUiStore must be used inside <UiStoreProvider>');
  return useStore(store, selector);
}

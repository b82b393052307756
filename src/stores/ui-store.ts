import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultLanguage, languages, type Language } from '@/lib/i18n';
import { presentationMoves, type Presentation, type Slide } from '@/stores/presentation';

/** The app's look: the standard one, or large high-contrast type for a projector or wall screen. */
export const themes = ['standard', 'projector', 'projector-dark'] as const;
export type Theme = (typeof themes)[number];

/** Choices remembered across visits. */
interface Preferences {
  language: Language;
  theme: Theme;
}

/**
 * The one store of client state: choices a user makes that are neither server data (the query
 * cache) nor part of an address (the URL). Only preferences are remembered across visits; the
 * running presentation lives as long as the page.
 */
export interface UiState extends Preferences {
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  /** A theme a screen imposes while it is shown (the presentation), over the preference. */
  themeOverride: Theme | null;
  setThemeOverride: (theme: Theme | null) => void;

  presentation: Presentation | null;
  startPresentation: (deck: Slide[], loop: boolean) => void;
  replaceDeck: (deck: Slide[]) => void;
  nextSlide: () => void;
  previousSlide: () => void;
  goToSlide: (index: number) => void;
  firstSlide: () => void;
  lastSlide: () => void;
  elapseSlide: () => void;
  togglePause: () => void;
  stopPresentation: () => void;
}

const storageKey = 'chainboard.ui';

export function createUiStore() {
  return createStore<UiState>()(
    persist(
      (set) => {
        // Every move but start is a no-op when nothing is being presented.
        const move = (change: (presentation: Presentation) => Presentation) =>
          set(({ presentation }) => (presentation ? { presentation: change(presentation) } : {}));
        return {
          language: defaultLanguage,
          setLanguage: (language) => set({ language }),
          theme: 'standard',
          setTheme: (theme) => set({ theme }),
          themeOverride: null,
          setThemeOverride: (themeOverride) => set({ themeOverride }),

          presentation: null,
          startPresentation: (deck, loop) =>
            set({ presentation: presentationMoves.start(deck, loop) }),
          replaceDeck: (deck) => move((p) => presentationMoves.replaceDeck(p, deck)),
          nextSlide: () => move(presentationMoves.next),
          previousSlide: () => move(presentationMoves.previous),
          goToSlide: (index) => move((p) => presentationMoves.goTo(p, index)),
          firstSlide: () => move((p) => presentationMoves.goTo(p, 0)),
          lastSlide: () => move((p) => presentationMoves.goTo(p, p.deck.length - 1)),
          elapseSlide: () => move(presentationMoves.elapse),
          togglePause: () => move(presentationMoves.togglePause),
          stopPresentation: () => set({ presentation: null }),
        };
      },
      {
        name: storageKey,
        version: 1,
        storage: createJSONStorage(() => localStorage),
        partialize: ({ language, theme }): Preferences => ({ language, theme }),
        // A value saved by another version, or edited by hand, must not break the app.
        merge: (saved, current) => {
          const { language, theme } = (saved ?? {}) as Partial<Preferences>;
          return {
            ...current,
            ...(languages.includes(language as Language) && { language: language as Language }),
            ...(themes.includes(theme as Theme) && { theme: theme as Theme }),
          };
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

import { useState, type ReactNode } from 'react';
import { createUiStore, UiStoreContext } from '@/stores/ui-store';

/** One store per app instance, so tests and the demo each start from a clean state. */
export function UiStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createUiStore);
  return <UiStoreContext.Provider value={store}>{children}</UiStoreContext.Provider>;
}

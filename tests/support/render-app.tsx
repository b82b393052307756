import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app';
import type { Language } from '@/lib/i18n';
import { createQueryClient } from '@/lib/react-query';

interface RenderAppOptions {
  /** A language chosen on an earlier visit, as the UI store remembers it. */
  language?: Language;
}

/** The whole app at `url`, with its own cache (no retries, so failures show at once). */
export function renderApp(url = '/', { language }: RenderAppOptions = {}) {
  if (language) {
    localStorage.setItem('chainboard.ui', JSON.stringify({ state: { language }, version: 1 }));
  }
  const history = createMemoryHistory({ initialEntries: [url] });
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const view = render(<App history={history} queryClient={queryClient} />);
  return { ...view, user, history, queryClient };
}

import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app';
import { createQueryClient } from '@/lib/react-query';

/** The whole app at `url`, with its own cache (no retries, so failures show at once). */
export function renderApp(url = '/') {
  const history = createMemoryHistory({ initialEntries: [url] });
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const view = render(<App history={history} queryClient={queryClient} />);
  return { ...view, user, history, queryClient };
}

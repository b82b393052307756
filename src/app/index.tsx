import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';

interface AppProps {
  /** Browser history when omitted; tests pass a memory history. */
  history?: RouterHistory;
  queryClient?: QueryClient;
}

export function App({ history, queryClient }: AppProps) {
  const [router] = useState(() => createAppRouter(history));
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}

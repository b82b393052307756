import { useEffect, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import { signInOnUnauthorized } from '@/app/sign-in-on-unauthorized';
import { createQueryClient } from '@/lib/react-query';

interface AppProps {
  /** Browser history when omitted; tests pass a memory history. */
  history?: RouterHistory;
  queryClient?: QueryClient;
}

export function App({ history, queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createAppRouter(client, history));
  useEffect(() => signInOnUnauthorized(client, router), [client, router]);
  return (
    <AppProvider queryClient={client}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}

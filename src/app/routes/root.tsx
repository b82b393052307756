import { createRootRoute } from '@tanstack/react-router';
import { NotFound } from '@/app/routes/not-found';
import { RootLayout } from '@/app/routes/root-layout';

export const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
});

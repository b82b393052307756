import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { Overview } from '@/features/overview/components/overview';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: Overview,
});

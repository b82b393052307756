import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { Overview } from '@/features/overview/components/overview';
import { overviewSearchSchema } from '@/features/overview/search';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearchSchema,
  component: Overview,
});

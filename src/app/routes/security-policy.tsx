import { createRoute } from '@tanstack/react-router';
import { NotFound } from '@/app/routes/not-found';
import { rootRoute } from '@/app/routes/root';

// A placeholder the navigation links to until the security policy screen (its own feature)
// takes this route over.
export const securityPolicyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/security/policy',
  staticData: { outsideTheData: true },
  component: NotFound,
});

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { signInSearch } from '@/features/auth/redirect';

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearch,
  // The form and its libraries are a chunk of their own: most visits never see this page.
  component: lazyRouteComponent(
    () => import('@/features/auth/components/sign-in-page'),
    'SignInPage',
  ),
});

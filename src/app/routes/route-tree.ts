import { overviewRoute } from '@/app/routes/overview';
import { rootRoute } from '@/app/routes/root';

export const routeTree = rootRoute.addChildren([overviewRoute]);

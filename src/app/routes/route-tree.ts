import { accountRoute } from '@/app/routes/account';
import { adminAuditRoute } from '@/app/routes/admin-audit';
import { adminUsersRoute } from '@/app/routes/admin-users';
import { indicatorPeriodsRoute } from '@/app/routes/indicator-periods';
import { chainBriefRoute, cityBriefRoute } from '@/app/routes/briefs';
import { chainRoute } from '@/app/routes/chains';
import { changesRoute } from '@/app/routes/changes';
import { clusterRoute, clustersRoute } from '@/app/routes/clusters';
import { departmentProblemsRoute } from '@/app/routes/department-problems';
import { firmRoute, firmsRoute } from '@/app/routes/firms';
import { investmentRoute, leadRoute, leadsRoute } from '@/app/routes/investment';
import { meetingRoute, meetingsRoute } from '@/app/routes/meetings';
import { overviewRoute } from '@/app/routes/overview';
import { parkRoute, parksRoute } from '@/app/routes/parks';
import { presentRoute } from '@/app/routes/present';
import { problemRoute, problemsRoute } from '@/app/routes/problems';
import { projectRoute, projectsRoute } from '@/app/routes/projects';
import { rootRoute } from '@/app/routes/root';
import { screenChainRoute, screenRoute } from '@/app/routes/screen';
import { securityAuditRoute } from '@/app/routes/security-audit';
import { securityPolicyRoute } from '@/app/routes/security-policy';
import { signInRoute } from '@/app/routes/sign-in';
import { supervisionRoute, supervisionSheetRoute } from '@/app/routes/supervision';
import { targetFirmRoute, targetFirmsRoute } from '@/app/routes/target-firms';

export const routeTree = rootRoute.addChildren([
  signInRoute,
  accountRoute,
  overviewRoute,
  departmentProblemsRoute,
  chainRoute,
  chainBriefRoute,
  cityBriefRoute,
  changesRoute,
  parksRoute,
  parkRoute,
  firmsRoute,
  firmRoute,
  clustersRoute,
  clusterRoute,
  projectsRoute,
  projectRoute,
  investmentRoute,
  leadsRoute,
  leadRoute,
  problemsRoute,
  problemRoute,
  meetingsRoute,
  meetingRoute,
  supervisionRoute,
  supervisionSheetRoute,
  adminUsersRoute,
  adminAuditRoute,
  indicatorPeriodsRoute,
  securityAuditRoute,
  securityPolicyRoute,
  presentRoute,
  screenRoute,
  screenChainRoute,
  targetFirmsRoute,
  targetFirmRoute,
]);

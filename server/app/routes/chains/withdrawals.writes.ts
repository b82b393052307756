import {
  withdrawnIndicatorValueRecordSchema,
  withdrawnPolicyRecordSchema,
  withdrawnStatusReportRecordSchema,
} from '../../../contract/chain-map';
import { anyKind } from '../../writes/kinds/support';
import { indicatorValueKind, policyKind, statusReportKind } from '../../writes/kinds';
import { withdrawalRoutes } from '../withdrawal-routes';

/** 撤回 / 恢复 of a chain's policies, indicator figures (a quarter) and status reports (专班动态). */
export const chainWithdrawals = [
  withdrawalRoutes({
    path: '/policies/{id}',
    noun: 'policy',
    what: 'Policy',
    kind: anyKind(policyKind),
    record: withdrawnPolicyRecordSchema,
  }),
  withdrawalRoutes({
    path: '/indicator-values/{id}',
    noun: 'quarter’s indicator figure',
    what: 'Indicator value',
    kind: anyKind(indicatorValueKind),
    record: withdrawnIndicatorValueRecordSchema,
  }),
  withdrawalRoutes({
    path: '/status-reports/{id}',
    noun: 'status report',
    what: 'Status report',
    kind: anyKind(statusReportKind),
    record: withdrawnStatusReportRecordSchema,
  }),
];

import type { QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * What a target-firm write touches: the target-firm lists and pages, every chain's page (its
 * investment map names the firms its links court; leads name them too) and the history.
 */
export const targetFirmTouches = (): QueryKey[] => [
  queryKeys.targetFirms.all(),
  queryKeys.chains.all(),
  queryKeys.audit.all(),
];

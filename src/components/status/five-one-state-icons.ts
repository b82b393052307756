import type { FiveOneState } from '@server/contract/domain';

/** Each state's mark, the same in the pills and in the legends of grids that show marks alone. */
export const fiveOneStateIcons: Record<FiveOneState, string> = {
  in_place: '✓',
  in_progress: '◐',
  missing: '✕',
};

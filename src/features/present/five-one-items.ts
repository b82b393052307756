import type { FiveOnesStates } from '@server/contract/overview';

/** The five ones in the order the 链长制 names them. */
export const fiveOneItems: (keyof FiveOnesStates)[] = [
  'chain_map',
  'leader_firm',
  'chief_scientist',
  'task_force',
  'policy_package',
];

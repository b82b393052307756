import type { FiveOnesStates } from '../../contract/overview';
import type { Database } from '../../db/database';
import { fiveOnes } from '../../db/schema';

/** What a chain with no five-ones record shows: nothing in place yet. */
export function noFiveOnes(): FiveOnesStates {
  return {
    chain_map: 'missing',
    leader_firm: 'missing',
    chief_scientist: 'missing',
    task_force: 'missing',
    policy_package: 'missing',
  };
}

/** The five-ones states of every chain, by chain id (five rows a chain: one small query). */
export async function loadFiveOnesStates(db: Database): Promise<Map<number, FiveOnesStates>> {
  const rows = await db
    .select({ chainId: fiveOnes.chainId, item: fiveOnes.item, state: fiveOnes.state })
    .from(fiveOnes);
  const states = new Map<number, FiveOnesStates>();
  for (const row of rows) {
    const chainStates = states.get(row.chainId) ?? noFiveOnes();
    chainStates[row.item] = row.state;
    states.set(row.chainId, chainStates);
  }
  return states;
}

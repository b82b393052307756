import type { ChainCode } from './chains';
import type { RevenueBand } from './named-firms';
import type { ParkKey } from './parks';

export type FirmTag =
  | 'chain_leader'
  | 'little_giant'
  | 'provincial_specialized'
  | 'single_champion'
  | 'high_tech'
  | 'tech_sme'
  | 'above_scale';

/** The order tags are stored in, the enum's order. */
export const FIRM_TAGS: readonly FirmTag[] = [
  'chain_leader',
  'little_giant',
  'provincial_specialized',
  'single_champion',
  'high_tech',
  'tech_sme',
  'above_scale',
];

/** A firm while the city is being built; `rows.ts` turns it into a `firms` row. */
export interface FirmDraft {
  id: number;
  name: string;
  nameEn: string;
  shortName: string;
  shortNameEn: string;
  creditCode: string;
  park: ParkKey | null;
  band: RevenueBand;
  revenueYi: number;
  tags: Set<FirmTag>;
  foundedYear: number;
  employees: number;
  /** Main chain first; empty for the third of firms outside the twelve chains. */
  chains: ChainCode[];
  /** True for the firms the article names. */
  named: boolean;
  /** Chain-map links the firm must sit in: [chain, link name]. */
  fixedLinks: (readonly [ChainCode, string])[];
  leads?: ChainCode;
  leadReason?: string;
}

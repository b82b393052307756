import type { FiveOneItem } from '@server/contract/domain';

/** The element id of a five-one's section: the overview matrix links to `#five-one-<item>`. */
export function fiveOneSectionId(item: FiveOneItem): string {
  return `five-one-${item}`;
}

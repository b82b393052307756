import type * as schema from '../schema';
import { CHAIN_MAPS } from './chain-maps';
import { CHAINS, chainId } from './chains';
import type { FirmDraft } from './model';
import type { Random } from './random';
import { touched, type Insert } from './rows';

const POSITIONS = ['upstream', 'midstream', 'downstream'] as const;
const STRENGTHS = { s: 'strong', w: 'weak', m: 'missing' } as const;

const WEAK_NOTES = [
  '本地仅有少量配套，关键产品仍需外购。',
  '产能规模小，列入补链培育清单。',
  '已有企业处于试产阶段，需政策扶持扩能。',
];
const MISSING_NOTES = [
  '本地空白，已列入延链招商目录。',
  '正在对接省外头部企业落地。',
  '依赖长三角、珠三角配套，拟引进项目补位。',
];

export interface ChainMapRows {
  segments: Insert<typeof schema.chainSegments>[];
  links: Insert<typeof schema.chainLinks>[];
  linkFirms: Insert<typeof schema.chainLinkFirms>[];
}

/**
 * The chain maps with the firms working in each link: strong links have several firms, weak
 * ones one or two, missing ones none — that is what the strength means.
 */
export function buildChainMaps(
  random: Random,
  firms: readonly FirmDraft[],
  at: Date,
): ChainMapRows {
  const rows: ChainMapRows = { segments: [], links: [], linkFirms: [] };
  for (const chain of CHAINS) {
    const members = firms.filter((firm) => firm.chains.includes(chain.code));
    const mainMembers = members.filter((firm) => firm.chains[0] === chain.code && !firm.named);
    const fixed = new Map<string, FirmDraft[]>();
    for (const firm of members) {
      for (const [code, link] of firm.fixedLinks) {
        if (code === chain.code) fixed.set(link, [...(fixed.get(link) ?? []), firm]);
      }
    }
    CHAIN_MAPS[chain.code].forEach((segment, index) => {
      const segmentId = rows.segments.length + 1;
      rows.segments.push({
        id: segmentId,
        chainId: chainId(chain.code),
        position: POSITIONS[index] ?? 'upstream',
        sortOrder: index,
        name: segment.name,
        nameEn: segment.nameEn,
        ...touched(at),
      });
      segment.links.forEach(([name, nameEn, strengthCode], sortOrder) => {
        const strength = STRENGTHS[strengthCode];
        const linkId = rows.links.length + 1;
        rows.links.push({
          id: linkId,
          segmentId,
          chainId: chainId(chain.code),
          name,
          nameEn,
          strength,
          note:
            strength === 'weak'
              ? random.pick(WEAK_NOTES)
              : strength === 'missing'
                ? random.pick(MISSING_NOTES)
                : null,
          sortOrder: sortOrder + 1,
          ...touched(at),
        });
        const chosen = [...(fixed.get(name) ?? [])];
        fixed.delete(name);
        if (strength === 'missing' && chosen.length > 0) {
          throw new Error(`${chain.code}/${name} is missing but has firms placed in it`);
        }
        const wanted =
          strength === 'strong' ? random.int(3, 7) : strength === 'weak' ? random.int(1, 2) : 0;
        const pool = random.shuffle(mainMembers.filter((firm) => !chosen.includes(firm)));
        chosen.push(...pool.slice(0, Math.max(0, wanted - chosen.length)));
        for (const firm of chosen) rows.linkFirms.push({ linkId, firmId: firm.id });
      });
    });
    if (fixed.size > 0) {
      throw new Error(
        `${chain.code}: firms placed in unknown links ${[...fixed.keys()].join(', ')}`,
      );
    }
  }
  return rows;
}

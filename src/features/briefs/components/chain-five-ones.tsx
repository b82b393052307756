import { useTranslation } from 'react-i18next';
import type { ChainDetail } from '@server/contract/chains';
import { fiveOneItems, type FiveOneItem } from '@server/contract/domain';
import { FiveOneStateLabel } from '@/components/status/five-one-state-label';
import { useFormatters } from '@/hooks/use-formatters';
import { MixedText } from '@/components/vocabulary/data-text';

/** The one line a leader needs about each of the five ones: who or how many, and since when. */
function useFiveOneDetail(chain: ChainDetail) {
  const { t } = useTranslation('briefs');
  const format = useFormatters();
  const { leader_firm, chief_scientist, task_force, policy_package } = chain.fiveOnes;
  const notRecorded = t('briefs.chain.notRecorded');
  const date = (day: string | null) => (day ? format.date(day) : notRecorded);

  return (item: FiveOneItem): string => {
    switch (item) {
      case 'chain_map': {
        const links = chain.chainMap.flatMap((segment) => segment.links);
        if (links.length === 0) return notRecorded;
        const count = (strength: string) => links.filter((l) => l.strength === strength).length;
        return t('briefs.chain.chainMap', {
          links: links.length,
          strong: count('strong'),
          weak: count('weak'),
          missing: count('missing'),
        });
      }
      case 'leader_firm':
        return leader_firm.leaderFirm
          ? t('briefs.chain.leaderFirm', {
              firm: format.name(leader_firm.leaderFirm.firm),
              date: date(leader_firm.leaderFirm.designatedOn),
            })
          : notRecorded;
      case 'chief_scientist': {
        const scientist = chief_scientist.chiefScientist;
        if (!scientist) return notRecorded;
        const name = [scientist.name, scientist.title].filter(Boolean).join(' ');
        return scientist.affiliation
          ? t('briefs.chain.chiefScientist', { name, affiliation: scientist.affiliation })
          : name;
      }
      case 'task_force': {
        const force = task_force.taskForce;
        if (!force) return notRecorded;
        const values = { head: force.headName, members: force.members.length };
        return force.lastMeetingOn
          ? t('briefs.chain.taskForce', { ...values, date: format.date(force.lastMeetingOn) })
          : t('briefs.chain.taskForceNoMeeting', values);
      }
      case 'policy_package': {
        const policies = policy_package.policies.filter((policy) => policy.retiredAt === null);
        if (policies.length === 0) return notRecorded;
        const sum = (pick: (p: (typeof policies)[number]) => number | null) =>
          policies.reduce((total, policy) => total + (pick(policy) ?? 0), 0);
        return t('briefs.chain.policyPackage', {
          inForce: policies.filter((policy) => policy.status === 'in_force').length,
          count: policies.length,
          budget: format.wan(sum((policy) => policy.budgetWan)),
          disbursed: format.wan(sum((policy) => policy.disbursedWan)),
        });
      }
    }
  };
}

/** The five ones as a table: each one's state, as icon and word, and its key detail. */
export function ChainFiveOnes({ chain }: { chain: ChainDetail }) {
  const { t } = useTranslation('briefs');
  const detail = useFiveOneDetail(chain);
  return (
    <section className="brief-section" aria-labelledby="brief-five-ones">
      <h2 id="brief-five-ones" className="brief-section__title">
        {t('briefs.chain.fiveOnes')}
      </h2>
      <table className="brief-table">
        <caption className="visually-hidden">{t('briefs.chain.fiveOnesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('briefs.chain.item')}</th>
            <th scope="col">{t('briefs.chain.state')}</th>
            <th scope="col">{t('briefs.chain.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {fiveOneItems.map((item) => (
            <tr key={item}>
              <th scope="row">{t(`fiveOnes.items.${item}`)}</th>
              <td className="brief-table__nowrap">
                <FiveOneStateLabel state={chain.fiveOnes[item].state} />
              </td>
              <td>
                <MixedText>{detail(item)}</MixedText>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

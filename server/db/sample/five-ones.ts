import type * as schema from '../schema';
import { CHAINS, FIVE_ONE_ITEMS, chainId, fiveOneState, type ChainCode } from './chains';
import { addDays, stamp } from './dates';
import { departmentId, type DepartmentKey } from './departments';
import type { FirmDraft } from './model';
import { distinctNames } from './people';
import type { Random } from './random';
import { touched, type Insert } from './rows';

/** Departments that sit on task forces besides the chain's lead department. */
const MEMBER_DEPARTMENTS: readonly DepartmentKey[] = [
  'center',
  'econ',
  'science',
  'investment',
  'development',
  'finance',
  'land',
  'labour',
  'commerce',
];

const CADENCE_GAP: Readonly<Record<'weekly' | 'biweekly' | 'monthly', readonly [number, number]>> =
  {
    weekly: [5, 8],
    biweekly: [5, 16],
    monthly: [10, 40],
  };

/**
 * How often each task force reports; monthly unless listed. The sample's reports are three to
 * six weeks apart, so the chains asked to report more often show missing periods — a few
 * chains, as a city would have.
 */
const REPORT_CADENCE: Partial<Record<ChainCode, 'weekly' | 'biweekly'>> = {
  'new-display': 'biweekly',
  drones: 'biweekly',
  'pv-storage': 'weekly',
};

export interface FiveOnesRows {
  fiveOnes: Insert<typeof schema.fiveOnes>[];
  leaderFirms: Insert<typeof schema.chainLeaderFirms>[];
  scientists: Insert<typeof schema.chiefScientists>[];
  taskForces: Insert<typeof schema.taskForces>[];
  members: Insert<typeof schema.taskForceMembers>[];
  /** Task force members by chain, liaison (联络员) last: they write the status reports. */
  membersByChain: Map<ChainCode, string[]>;
}

/**
 * The five ones and their details. A detail row exists only when its item is not missing;
 * an in-progress item may have a partial row (a scientist not yet appointed, a thin task force).
 */
export function buildFiveOnes(
  random: Random,
  today: string,
  firms: readonly FirmDraft[],
  people: Set<string>,
  at: Date,
): FiveOnesRows {
  const rows: FiveOnesRows = {
    fiveOnes: [],
    leaderFirms: [],
    scientists: [],
    taskForces: [],
    members: [],
    membersByChain: new Map(),
  };
  for (const chain of CHAINS) {
    const id = chainId(chain.code);
    for (const item of FIVE_ONE_ITEMS) {
      rows.fiveOnes.push({
        chainId: id,
        item,
        state: fiveOneState(chain, item),
        note: chain.gaps[item]?.note ?? null,
        ...touched(at),
      });
    }

    const leader = firms.find((firm) => firm.leads === chain.code);
    if (leader && fiveOneState(chain, 'leader_firm') !== 'missing') {
      rows.leaderFirms.push({
        chainId: id,
        firmId: leader.id,
        reason: leader.leadReason ?? '',
        designatedOn: addDays(today, -random.int(300, 800)),
        ...touched(at),
      });
    }

    if (chain.scientist && fiveOneState(chain, 'chief_scientist') !== 'missing') {
      const { appointed, ...scientist } = chain.scientist;
      rows.scientists.push({
        chainId: id,
        ...scientist,
        appointedOn: appointed ? addDays(today, -random.int(200, 900)) : null,
        ...touched(at),
      });
    }

    const taskForceState = fiveOneState(chain, 'task_force');
    if (taskForceState === 'missing') continue;
    const [minGap, maxGap] = CADENCE_GAP[chain.taskForce.cadence];
    const lastMeetingOn = addDays(today, -random.int(minGap, maxGap));
    rows.taskForces.push({
      chainId: id,
      headName: chain.taskForce.headName,
      headTitle: chain.taskForce.headTitle,
      leadDepartmentId: departmentId(chain.leadDepartment),
      meetingCadence: chain.taskForce.cadence,
      lastMeetingOn,
      reportCadence: REPORT_CADENCE[chain.code] ?? 'monthly',
      ...touched(stamp(lastMeetingOn, 17, 30)),
    });
    const size = taskForceState === 'in_place' ? random.int(6, 9) : 5;
    const others = random.sample(
      MEMBER_DEPARTMENTS.filter((key) => key !== chain.leadDepartment),
      size - 2,
    );
    const names = distinctNames(random, size - 1, people);
    const deputies = random.int(1, 2);
    const team: { name: string; role: string; department: DepartmentKey }[] = [
      { name: chain.taskForce.headName, role: '组长', department: chain.leadDepartment },
      ...others.map((department, index) => ({
        name: names[index] ?? '',
        role: index < deputies ? '副组长' : '成员',
        department,
      })),
      { name: names[size - 2] ?? '', role: '联络员', department: chain.leadDepartment },
    ];
    team.forEach((member, index) => {
      rows.members.push({
        id: rows.members.length + 1,
        chainId: id,
        name: member.name,
        role: member.role,
        departmentId: departmentId(member.department),
        sortOrder: index + 1,
        ...touched(at),
      });
    });
    rows.membersByChain.set(
      chain.code,
      team.map((member) => member.name),
    );
  }
  return rows;
}

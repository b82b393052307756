import { buildChainMaps } from './chain-map-rows';
import { CHAINS, chainId } from './chains';
import { buildClusters } from './clusters';
import { addDays, dayNumber, stamp } from './dates';
import { DEPARTMENTS, departmentId } from './departments';
import { buildFirms } from './firms';
import { buildFiveOnes } from './five-ones';
import { buildIndicators } from './indicators';
import { buildInvestment, type InvestmentRows } from './investment';
import { buildMeetings } from './meetings';
import { FIRM_TAGS, type FirmDraft } from './model';
import { CHAIN_PARKS, PARKS, parkId } from './parks';
import { buildPolicies } from './policies';
import { buildProblems } from './problems';
import { buildProjects } from './projects';
import { Random } from './random';
import { touched, type SampleCity } from './rows';
import { buildStatusReports } from './status-reports';
import { buildTechnology, type TechnologyRows } from './technology';

/** Changing it changes every generated figure: bump SAMPLE_SEED_VERSION with it. */
const SEED = 20_231_101;

const round2 = (value: number) => Math.round(value * 100) / 100;

function firmRows(firms: readonly FirmDraft[], at: Date): SampleCity['firms'] {
  return firms.map((firm) => ({
    id: firm.id,
    name: firm.name,
    nameEn: firm.nameEn,
    creditCode: firm.creditCode,
    parkId: firm.park ? parkId(firm.park) : null,
    revenueBand: firm.band,
    revenueYi: firm.revenueYi,
    tags: FIRM_TAGS.filter((tag) => firm.tags.has(tag)),
    foundedYear: firm.foundedYear,
    employees: firm.employees,
    ...touched(at),
  }));
}

/** A park's output is what the firms in it earn. */
function parkRows(firms: readonly FirmDraft[], at: Date): SampleCity['parks'] {
  return PARKS.map((park, index) => ({
    id: index + 1,
    name: park.name,
    nameEn: park.nameEn,
    district: park.district,
    isSpecialty: park.isSpecialty,
    areaKm2: park.areaKm2,
    occupancyRate: park.occupancyRate,
    outputYi: round2(
      firms.filter((firm) => firm.park === park.key).reduce((sum, firm) => sum + firm.revenueYi, 0),
    ),
    ...touched(at),
  }));
}

/**
 * The whole sample city as rows, computed from `today` alone: the same day gives the same
 * rows, byte for byte. Nothing here touches the database or the clock.
 */
export function buildSampleCity(today: string): SampleCity {
  dayNumber(today);
  const random = new Random(SEED);
  // Everything without a date of its own was last touched the evening before `today`.
  const at = stamp(addDays(today, -1), 17, 30);
  const people = new Set<string>(
    CHAINS.flatMap((chain) => [
      chain.leaderName,
      chain.taskForce.headName,
      chain.scientist?.name ?? '',
    ]),
  );

  const firms = buildFirms(random, today);
  const map = buildChainMaps(random, firms, at);
  const fiveOnes = buildFiveOnes(random, today, firms, people, at);
  const policies = buildPolicies(random, today, at);
  const { clusters, clusterChains, clusterAssessments } = buildClusters(today, at);
  const projects = buildProjects(random, today, firms);
  const { meetings, meetingFirms, problems } = buildMeetings(
    today,
    firms,
    buildProblems(random, today, firms),
  );
  const { indicators, values } = buildIndicators(random, today, firms, problems, at);
  const projectsByChain = new Map<number, string[]>();
  for (const project of projects) {
    projectsByChain.set(project.chainId, [
      ...(projectsByChain.get(project.chainId) ?? []),
      project.name,
    ]);
  }
  const statusReports = buildStatusReports(random, today, fiveOnes.membersByChain, projectsByChain);

  const city: Omit<SampleCity, keyof InvestmentRows | keyof TechnologyRows> &
    Pick<SampleCity, 'projects'> = {
    departments: DEPARTMENTS.map((department, index) => ({
      id: index + 1,
      name: department.name,
      nameEn: department.nameEn,
      ...touched(at),
    })),
    chains: CHAINS.map((chain) => {
      const statusUpdatedAt = stamp(addDays(today, -chain.statusAgeDays), 18, 10);
      return {
        id: chainId(chain.code),
        code: chain.code,
        name: chain.name,
        nameEn: chain.nameEn,
        category: chain.category,
        leaderName: chain.leaderName,
        leaderTitle: chain.leaderTitle,
        leadDepartmentId: departmentId(chain.leadDepartment),
        status: chain.status,
        statusNote: chain.statusNote,
        statusSetBy: chain.taskForce.headName,
        statusUpdatedAt,
        sortOrder: chainId(chain.code),
        ...touched(statusUpdatedAt),
      };
    }),
    fiveOnes: fiveOnes.fiveOnes,
    parks: parkRows(firms, at),
    parkChains: CHAINS.flatMap((chain) =>
      CHAIN_PARKS[chain.code].map((park, index) => ({
        parkId: parkId(park),
        chainId: chainId(chain.code),
        isMain: index === 0,
      })),
    ),
    firms: firmRows(firms, at),
    firmChains: firms.flatMap((firm) =>
      firm.chains.map((code) => ({ firmId: firm.id, chainId: chainId(code) })),
    ),
    chainSegments: map.segments,
    chainLinks: map.links,
    chainLinkFirms: map.linkFirms,
    chainLeaderFirms: fiveOnes.leaderFirms,
    chiefScientists: fiveOnes.scientists,
    taskForces: fiveOnes.taskForces,
    taskForceMembers: fiveOnes.members,
    policies,
    clusters,
    clusterChains,
    clusterAssessments,
    projects,
    meetings,
    meetingFirms,
    problems,
    indicators,
    indicatorValues: values,
    statusReports,
  };
  // 招商 comes last: its leads end in the projects above and court firms for the map's links.
  const investment = buildInvestment(today, city, at);
  const withInvestment = { ...city, ...investment };
  // 科技创新 last, on its own seed: it adds the firms' high-tech figures and its own records.
  return { ...withInvestment, ...buildTechnology(today, withInvestment, at) };
}

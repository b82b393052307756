import { handlingStages } from '@server/contract/domain';
import { problemSorts, sortOrders } from '@server/contract/list-params';
import { searchEnum, searchPage, searchParams, type SearchOf } from '@/lib/search-params';
import type { ProblemListSearch } from '@/features/problems/search';

/** 本部门问题's steps: the three of the department's handling, then 已办结 (the firm agreed). */
export const departmentSteps = [...handlingStages, 'resolved'] as const;
export type DepartmentStep = (typeof departmentSteps)[number];

/** The department's list in the URL: the step chosen above it, its order and page. */
export const departmentProblemsSearchSchema = searchParams({
  step: searchEnum(departmentSteps),
  sort: searchEnum(problemSorts),
  order: searchEnum(sortOrders),
  page: searchPage,
});

export type DepartmentProblemsSearch = SearchOf<typeof departmentProblemsSearchSchema>;

/** What the work needs first: red 督办, then amber, then the nearest deadline. */
export const departmentDefaultSort = { sort: 'urgency', order: 'asc' } as const;

/** The problems list's filters for one step of `departmentId`'s problems. */
export function stepFilter(
  departmentId: number,
  step: DepartmentStep | undefined,
): ProblemListSearch {
  if (step === 'resolved') return { department: departmentId, status: 'resolved' };
  return { department: departmentId, stage: step };
}

/** The problems list's query for the department's page: its department, step, order and page. */
export function departmentListSearch(
  departmentId: number,
  { step, sort, order, page }: DepartmentProblemsSearch,
): ProblemListSearch {
  return {
    ...stepFilter(departmentId, step),
    sort: sort ?? departmentDefaultSort.sort,
    order: order ?? departmentDefaultSort.order,
    page,
  };
}

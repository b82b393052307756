import type { FiveOneItem } from '@server/contract/domain';

/** The five ones and their states as the Chinese screens name them, for finding them by text. */
export const fiveOneItemText: Record<FiveOneItem, string> = {
  chain_map: '产业链图谱',
  leader_firm: '链主企业',
  chief_scientist: '首席科学家',
  task_force: '工作专班',
  policy_package: '扶持政策',
};

export const fiveOneStateText = {
  in_place: '已到位',
  in_progress: '推进中',
  missing: '缺失',
} as const;

/** What the real API answers, read through the same MSW server the app uses. */
export async function fetchApi(path: string): Promise<unknown> {
  const response = await fetch(new URL(path, window.location.origin));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

export interface WriteMutationOptions<Body, Answer, Data> {
  send: (body: Body) => Promise<Answer>;
  /** The cached screen data the write shows on (the chain page, a project's page)… */
  queryKey?: QueryKey;
  /** …at once, before the server answers; rolled back if the write fails… */
  optimistic?: (data: Data, body: Body) => Data;
  /** …and with what the server answered (its version, its exact values) once it has. */
  answered?: (data: Data, answer: Answer, body: Body) => Data;
  /** The queries the write touched, reloaded once it has settled: never the session. */
  touches: (body: Body) => readonly QueryKey[];
}

/**
 * The one way the client writes: the change shows at once where a cache entry holds it, is
 * rolled back if the write fails (the form says why), takes the server's answer when it comes,
 * and then reloads exactly what the write touched (see `touches` below).
 */
export function useWriteMutation<Body, Answer, Data = never>({
  send,
  queryKey,
  optimistic,
  answered,
  touches,
}: WriteMutationOptions<Body, Answer, Data>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    async onMutate(body: Body) {
      if (!queryKey || !optimistic) return { previous: undefined };
      // A fetch in flight would overwrite the change with what was there before it.
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Data>(queryKey);
      if (previous !== undefined) queryClient.setQueryData(queryKey, optimistic(previous, body));
      return { previous };
    },
    onError(_error, _body, context) {
      if (queryKey && context?.previous !== undefined) {
        queryClient.setQueryData(queryKey, context.previous);
      }
    },
    onSuccess(answer, body) {
      if (!queryKey || !answered) return;
      const data = queryClient.getQueryData<Data>(queryKey);
      if (data !== undefined) queryClient.setQueryData(queryKey, answered(data, answer, body));
    },
    onSettled: (_answer, _error, body) =>
      Promise.all(
        touches(body).map((key) => queryClient.invalidateQueries({ queryKey: key })),
      ).then(() => undefined),
  });
}

/** What writes touch: the cached views that show the record written. */
export const touches = {
  /**
   * A chain's own records (its status, five ones, map, indicators, reports, supply list): the
   * chain's page with its indicators and history, the lists of chains, the overview, the city's
   * history, and the 招商 views that show its links and projects (its investment map, funnels).
   */
  chain: (chainId: number): QueryKey[] => [
    queryKeys.chains.detail(chainId),
    queryKeys.chains.lists(),
    queryKeys.overview(),
    queryKeys.audit.all(),
    queryKeys.investment.all(),
  ],
  /** Firms are named by it as well (a leader firm, a link's firms): their pages too. */
  chainAndFirms: (chainId: number): QueryKey[] => [
    ...touches.chain(chainId),
    queryKeys.firms.all(),
  ],
  /** A project: its page and lists, its chain's, and the firm's and park's pages that list it. */
  project: (chainId: number): QueryKey[] => [
    queryKeys.projects.all(),
    ...touches.chain(chainId),
    queryKeys.firms.all(),
    queryKeys.parks.all(),
  ],
  /**
   * A firm, park or cluster (or a cluster's assessment): the lists and pages of all three (they
   * name each other), every chain's page and list that counts them, the overview, the history.
   */
  cityRecord: (): QueryKey[] => [
    queryKeys.firms.all(),
    queryKeys.parks.all(),
    queryKeys.clusters.all(),
    queryKeys.chains.all(),
    queryKeys.overview(),
    queryKeys.audit.all(),
  ],
  /** A firm problem: its page and lists, its chain's (if any), the firm's page. */
  problem: (chainId: number | null): QueryKey[] => [
    queryKeys.problems.all(),
    ...(chainId === null
      ? [queryKeys.chains.all(), queryKeys.overview(), queryKeys.audit.all()]
      : touches.chain(chainId)),
    queryKeys.firms.all(),
  ],
  /**
   * A 座谈会: its lists and page, the problem pages that name it, the overview's four figures,
   * the history.
   */
  meeting: (): QueryKey[] => [
    queryKeys.meetings.all(),
    queryKeys.problems.all(),
    queryKeys.overview(),
    queryKeys.audit.all(),
  ],
  /**
   * A lead: the lead lists and pages, every funnel and chain investment map, the campaigns that
   * count it, the history; signing makes (or changes) a project, so then the projects and the
   * chain's page and the overview that count them too.
   */
  lead: (chainId: number, signed: boolean): QueryKey[] => [
    queryKeys.leads.all(),
    queryKeys.investment.all(),
    queryKeys.campaigns.all(),
    queryKeys.audit.all(),
    ...(signed ? [queryKeys.projects.all(), ...touches.chain(chainId)] : []),
  ],
  /**
   * A target firm: its lists and pages, the leads that court it, every chain's investment map
   * (its links list the firms), the history.
   */
  targetFirm: (): QueryKey[] => [
    queryKeys.targetFirms.all(),
    queryKeys.leads.all(),
    queryKeys.investment.all(),
    queryKeys.audit.all(),
  ],
  /** A campaign: its lists and page, the leads that name it, the funnels, the history. */
  campaign: (): QueryKey[] => [
    queryKeys.campaigns.all(),
    queryKeys.leads.all(),
    queryKeys.investment.all(),
    queryKeys.audit.all(),
  ],
};

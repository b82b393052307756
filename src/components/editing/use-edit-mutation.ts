import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

interface EditMutationOptions<Body, Data> {
  send: (body: Body) => Promise<unknown>;
  /** The cached screen data the change shows on at once (the chain page, say)… */
  queryKey?: QueryKey;
  /** …and how: the data as it will be once the change is saved. */
  optimistic?: (data: Data, body: Body) => Data;
}

/**
 * The one way screens save: the change shows at once, rolls back to what was there if the save
 * fails (the form says why), and every screen reloads what the change touched once it is settled.
 */
export function useEditMutation<Body, Data = unknown>({
  send,
  queryKey,
  optimistic,
}: EditMutationOptions<Body, Data>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    async onMutate(body: Body) {
      if (!queryKey || !optimistic) return { previous: undefined };
      // A fetch in flight would overwrite the change with what was there before it.
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Data>(queryKey);
      if (previous !== undefined)
        queryClient.setQueryData<Data>(queryKey, optimistic(previous, body));
      return { previous };
    },
    onError(_error, _body, context) {
      if (queryKey && context?.previous !== undefined) {
        queryClient.setQueryData(queryKey, context.previous);
      }
    },
    // Totals, alerts, lists and the history may all change with one edit.
    onSettled: () =>
      queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] !== 'session' }),
  });
}

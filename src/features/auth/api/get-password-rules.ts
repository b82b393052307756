import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { PasswordRules } from '@server/contract/passwords';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The security policy's password rules, which every form choosing a password shows and checks. */
export function getPasswordRules({
  signal,
}: { signal?: AbortSignal } = {}): Promise<PasswordRules> {
  return apiGet(
    '/api/auth/password-rules',
    () => import('@server/contract/passwords').then((contract) => contract.passwordRulesSchema),
    { signal },
  );
}

export function getPasswordRulesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.account.passwordRules(),
    queryFn: ({ signal }) => getPasswordRules({ signal }),
  });
}

export function usePasswordRules(): PasswordRules {
  return useSuspenseQuery(getPasswordRulesQueryOptions()).data;
}

import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
// Static, unlike other reads' schemas: the forms that ask for the rules check passwords with
// this module's rules themselves, so it is in their chunk anyway (never the first download).
import { passwordRulesSchema, type PasswordRules } from '@server/contract/passwords';
import { apiGet } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The security policy's password rules, which every form choosing a password shows and checks. */
export function getPasswordRules({
  signal,
}: { signal?: AbortSignal } = {}): Promise<PasswordRules> {
  return apiGet('/api/auth/password-rules', () => Promise.resolve(passwordRulesSchema), {
    signal,
  });
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

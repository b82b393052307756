import { useQuery } from '@tanstack/react-query';
import type { Enrolment } from '@server/contract/auth';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** A new secret to enrol, with its otpauth URI and the token that binds it to this session. */
export function startEnrolment(): Promise<Enrolment> {
  return apiSend('POST', '/api/auth/second-factor/enrolment', undefined, () =>
    import('@server/contract/auth').then((contract) => contract.enrolmentSchema),
  );
}

/**
 * Started once when the enrolment screen opens (a query, so showing it twice at once asks once),
 * kept while it is open, forgotten once it closes: each enrolment gets a secret of its own.
 */
export function useEnrolment() {
  return useQuery({
    queryKey: queryKeys.account.enrolment(),
    queryFn: startEnrolment,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

import type { z } from 'zod';
import type { ProblemDetail } from '@server/contract/problems';
import type { problemRecordSchema } from '@server/contract/writes';
import type { ProblemBody } from '@/features/problems/api/update-problem';

/** A problem as the update body wants it: from its page… */
export function problemBody(problem: ProblemDetail): ProblemBody {
  return {
    title: problem.title,
    category: problem.category,
    firmId: problem.firm?.id ?? null,
    meetingId: problem.meeting?.id ?? null,
    raisedOn: problem.raisedOn,
    detail: problem.detail,
    version: problem.version,
  };
}

/** …or from a 409's record. */
export function problemRecordBody(record: z.output<typeof problemRecordSchema>): ProblemBody {
  return {
    title: record.title,
    category: record.category,
    firmId: record.firmId,
    meetingId: record.meetingId,
    raisedOn: record.raisedOn,
    detail: record.detail,
    version: record.version,
  };
}

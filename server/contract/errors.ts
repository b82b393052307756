import { z } from 'zod';
import { sessionEndReasons, sessionStages } from './domain';

export const errorCodes = [
  'invalid_request',
  /** A write's body not sent as `application/json` (415). */
  'unsupported_media_type',
  /** An uploaded spreadsheet that cannot be read; `fields.file` says why (contract/sheets). */
  'invalid_file',
  'not_found',
  'unauthorized',
  /** The session ended (401); `reason` says why, so the screen can tell its user. */
  'session_ended',
  'forbidden',
  /** Signed in with the password, but a step remains (403); `stage` names it. */
  'sign_in_step_required',
  /** Sign-in over plain HTTP where the deployment requires HTTPS (403). */
  'https_required',
  /** A request body over the limit (413). */
  'payload_too_large',
  'conflict',
  /**
   * A write of an indicator figure in a locked quarter (409): nothing was written.
   * `fields.period` names the quarter (contract/indicator-periods.ts has the rule).
   */
  'period_locked',
  /** An `Idempotency-Key` resent with a different body (422): nothing was written. */
  'idempotency_key_reused',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

/** The one shape of every failure the API returns. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      /** For `invalid_request`: one message per offending field or query parameter. */
      fields: z.record(z.string(), z.string()).optional(),
      /** For `session_ended`: why. */
      reason: z.enum(sessionEndReasons).optional(),
      /** For `sign_in_step_required`: the step that remains. */
      stage: z.enum(sessionStages).optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ApiError = z.infer<typeof apiErrorSchema>;
export type ApiErrorCode = (typeof errorCodes)[number];

/**
 * In a 409: the user who saved the current version, so the screen can name them by the name
 * people know them by; absent when the record names no user (or one since removed).
 */
export const conflictSavedBySchema = z
  .object({ username: z.string(), displayName: z.string() })
  .meta({ id: 'ConflictSavedBy' });

export type ConflictSavedBy = z.infer<typeof conflictSavedBySchema>;

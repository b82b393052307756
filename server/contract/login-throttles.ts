import { z } from 'zod';
import { isoDateTimeSchema, textSchema } from './common';

/** One account tried from one address, slowed down by its recent wrong passwords. */
export const throttledPairSchema = z
  .object({
    username: z.string(),
    address: z.string(),
    /** Wrong passwords that count: in the window, since the pair's last success, not cleared. */
    failures: z.number().int(),
    /** The next attempt of this pair is refused (429) before this moment. */
    waitsUntil: isoDateTimeSchema,
  })
  .meta({ id: 'ThrottledPair' });

/** An address that has reached the limit of wrong passwords for all accounts together. */
export const throttledAddressSchema = z
  .object({
    address: z.string(),
    failures: z.number().int(),
    waitsUntil: isoDateTimeSchema,
  })
  .meta({ id: 'ThrottledAddress' });

export const loginThrottlesSchema = z
  .object({
    pairs: z.array(throttledPairSchema),
    addresses: z.array(throttledAddressSchema),
  })
  .meta({ id: 'LoginThrottles' });

/**
 * Whose failures to clear: one account (from every address), one address (for every account),
 * or one account from one address.
 */
export const clearLoginThrottleBodySchema = z
  .object({
    username: textSchema().trim().toLowerCase().min(1).max(100).optional(),
    address: textSchema().trim().min(1).max(100).optional(),
  })
  .refine((body) => body.username !== undefined || body.address !== undefined, {
    message: 'name a username, an address, or both',
    path: ['username'],
  })
  .meta({ id: 'ClearLoginThrottleBody' });

export const clearedLoginThrottleSchema = z
  .object({ cleared: z.number().int().meta({ description: 'Failures that no longer count' }) })
  .meta({ id: 'ClearedLoginThrottle' });

export type ThrottledPair = z.infer<typeof throttledPairSchema>;
export type ThrottledAddress = z.infer<typeof throttledAddressSchema>;
export type LoginThrottles = z.infer<typeof loginThrottlesSchema>;
export type ClearLoginThrottleBody = z.infer<typeof clearLoginThrottleBodySchema>;
export type ClearedLoginThrottle = z.infer<typeof clearedLoginThrottleSchema>;

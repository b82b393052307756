/*
 * Telling "the database cannot be reached" from every other failure: the first is the
 * operator's to fix and the client's to retry (503), the second is a bug (500).
 */

// Socket failures of the driver, and PostgreSQL's own: class 08 (connection exception), and
// 57P01–57P03 (shut down by an administrator, crashed, starting up).
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const shutdownCodes = new Set(['57P01', '57P02', '57P03']);

// node-postgres says so in words when a connection closes under a query.
const closedConnection =
  /connection terminated|terminating connection|client has encountered a connection error/i;

/** Whether `error`, or an error it wraps (drizzle wraps the driver's), says the database is gone. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (!(current instanceof Error)) return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (socketCodes.has(code) || shutdownCodes.has(code) || code.startsWith('08')) return true;
    }
    if (closedConnection.test(current.message)) return true;
    // An AggregateError (a host with several addresses, all refusing) holds the socket errors.
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable))
      return true;
    current = current.cause;
  }
  return false;
}

/** Seconds a client is asked to wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

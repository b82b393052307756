import type { z } from 'zod';
import { idParamSchema } from '../../contract/common';
import type { AppRouteHandler } from '../context';
import type { EntityKind } from '../writes/entity';
import { restoreRecord, withdrawRecord } from '../writes/operations';
import { runWrite } from '../writes/run-write';
import { withdrawalRoute } from './write-route';

/**
 * `POST {path}/withdraw` (撤回) and `POST {path}/restore` (恢复) of one kind of record, each with
 * the version it was shown with: an audited update of `withdrawnAt`, reverted from the history
 * like any change.
 */
export function withdrawalRoutes(options: {
  /** `/projects/{id}` */
  path: string;
  /** `project`, for the summaries. */
  noun: string;
  /** `Project`, for the 404. */
  what: string;
  kind: EntityKind;
  record: z.ZodType<object>;
}) {
  const make = (action: 'withdraw' | 'restore') => {
    const route = withdrawalRoute({
      path: `${options.path}/${action}`,
      summary:
        action === 'withdraw'
          ? `Withdraw (撤回) a ${options.noun} entered by mistake: hidden, kept, restorable`
          : `Restore (恢复) a withdrawn ${options.noun}`,
      params: idParamSchema,
      record: options.record,
    });
    const handler: AppRouteHandler<typeof route> = async (c) => {
      const { id } = c.req.valid('param');
      const { version } = c.req.valid('json');
      const write = action === 'withdraw' ? withdrawRecord : restoreRecord;
      const record = await runWrite(c, (context) =>
        write(context, options.kind, String(id), version, options.what),
      );
      return c.json(options.record.parse(record), 200);
    };
    return { route, handler };
  };
  return { withdraw: make('withdraw'), restore: make('restore') };
}

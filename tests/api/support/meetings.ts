import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database';
import { meetings } from '../../../server/db/schema';
import { uniqueName, write } from './investment';
// Types only: writes.ts lists these samples, so a value import back would be a cycle.
import type { WriteRouteSample } from './writes';

/** A valid meeting body of `chainId` (null: city-wide) with these firms. */
export const meetingBody = (chainId: number | null, firmIds: number[]) => ({
  chainId,
  heldOn: '2026-05-20',
  title: uniqueName('企业座谈会'),
  place: '市政府第二会议室',
  host: '链长',
  notes: null,
  firmIds,
});

async function versionOf(db: Database, id: number) {
  const [row] = await db
    .select({ version: meetings.version })
    .from(meetings)
    .where(eq(meetings.id, id));
  if (!row) throw new Error(`No meeting ${id}`);
  return row.version;
}

/** The 座谈会 write routes, each on a new meeting of chain A attended by a firm of it. */
export const meetingRouteSamples: Record<string, WriteRouteSample> = {
  'POST /api/meetings': {
    scope: 'chain',
    build: async (ids) => ({
      method: 'POST',
      path: '/api/meetings',
      body: meetingBody(ids.chainA, [ids.firmOfA]),
    }),
  },
  'PUT /api/meetings/{id}': {
    scope: 'chain',
    build: async (ids, _db, app, adminCookie) => {
      const body = meetingBody(ids.chainA, [ids.firmOfA]);
      const meeting = await write<{ id: number; version: number }>(
        app,
        adminCookie,
        'POST',
        '/api/meetings',
        body,
      );
      return {
        method: 'PUT',
        path: `/api/meetings/${meeting.id}`,
        body: { ...body, place: '园区会议中心', version: meeting.version },
      };
    },
  },
  'POST /api/meetings/{id}/withdraw': {
    scope: 'chain',
    build: async (ids, db, app, adminCookie) => {
      const meeting = await write<{ id: number }>(
        app,
        adminCookie,
        'POST',
        '/api/meetings',
        meetingBody(ids.chainA, [ids.firmOfA]),
      );
      return {
        method: 'POST',
        path: `/api/meetings/${meeting.id}/withdraw`,
        body: { version: await versionOf(db, meeting.id) },
      };
    },
  },
  'POST /api/meetings/{id}/restore': {
    scope: 'chain',
    build: async (ids, db, app, adminCookie) => {
      const meeting = await write<{ id: number }>(
        app,
        adminCookie,
        'POST',
        '/api/meetings',
        meetingBody(ids.chainA, [ids.firmOfA]),
      );
      const version = await versionOf(db, meeting.id);
      const path = `/api/meetings/${meeting.id}`;
      await write(app, adminCookie, 'POST', `${path}/withdraw`, { version }, 200);
      return { method: 'POST', path: `${path}/restore`, body: { version: version + 1 } };
    },
  },
};

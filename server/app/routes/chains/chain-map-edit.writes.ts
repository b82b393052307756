import { and, asc, count, eq, inArray, isNull, max, or } from 'drizzle-orm';
import {
  chainLinkCreateSchema,
  chainLinkMapRecordSchema,
  chainLinkWithdrawSchema,
  chainSegmentBodySchema,
  chainSegmentCreateSchema,
  chainSegmentRecordSchema,
  linkOrderBodySchema,
  linkOrderRecordSchema,
  segmentOrderBodySchema,
  segmentOrderRecordSchema,
} from '../../../contract/chain-map';
import { idParamSchema } from '../../../contract/common';
import { withdrawBodySchema } from '../../../contract/writes';
import { chainLinkFirms, chainLinks, chainSegments } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { ConflictError, invalidField, notFound } from '../../errors';
import { authoriseChainWrite } from '../../writes/authorise';
import { chainMustExist } from '../../writes/chain-exists';
import type { WriteContext } from '../../writes/entity';
import { chainLinkKind, chainSegmentKind } from '../../writes/kinds';
import { createRecord, restoreRecord, updateRecord, withdrawRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { snapshotOf } from '../../writes/snapshot';
import { createRecordRoute, updateRoute, withdrawalRoute } from '../write-route';

/*
 * Editing a chain's map: segments and links added, renamed, reordered and removed (withdrawn).
 *
 * Order: a reorder is one write of the whole list (a chain's segments, or a segment's links),
 * every shown record with its version. All of the list's rows are locked first, so concurrent
 * reorders queue; every record is written with its new place and a new version, so the second
 * of two reorders opened from the same page is a 409 with the current order, never a mix.
 *
 * Removal: a link with firms is removed only with a choice for them (move to another link of
 * the chain, or detach). A segment is removed only once it has no links left: 400 naming
 * `links` otherwise.
 */

async function lockSegment({ tx }: WriteContext, id: number) {
  const [segment] = await tx
    .select()
    .from(chainSegments)
    .where(eq(chainSegments.id, id))
    .for('update');
  if (!segment) throw notFound('Chain segment');
  return segment;
}

async function lockLink({ tx }: WriteContext, id: number) {
  const [link] = await tx.select().from(chainLinks).where(eq(chainLinks.id, id)).for('update');
  return link;
}

const writeSegment = (record: unknown) => chainSegmentRecordSchema.parse(record);
const writeLink = (record: unknown) => chainLinkMapRecordSchema.parse(record);

// ---------------------------------------------------------------- segments
export const createSegment = createRecordRoute({
  path: '/chains/{id}/segments',
  summary: 'Add a segment to a chain’s map (延链), after its last one',
  params: idParamSchema,
  body: chainSegmentCreateSchema,
  record: chainSegmentRecordSchema,
});

export const handleCreateSegment: AppRouteHandler<typeof createSegment> = async (c) => {
  const { id } = c.req.valid('param');
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, async (write) => {
    await chainMustExist(write, id);
    authoriseChainWrite(write.user, id);
    const [last] = await write.tx
      .select({ sortOrder: max(chainSegments.sortOrder) })
      .from(chainSegments)
      .where(eq(chainSegments.chainId, id));
    const sortOrder = (last?.sortOrder ?? 0) + 1;
    return createRecord(write, chainSegmentKind, id, { chainId: id }, { ...values, sortOrder });
  });
  return c.json(writeSegment(answer.body), 201);
};

export const updateSegment = updateRoute({
  path: '/chain-segments/{id}',
  summary: 'Rename a segment of a chain’s map, or change its position (上游 / 中游 / 下游)',
  params: idParamSchema,
  body: chainSegmentBodySchema,
  record: chainSegmentRecordSchema,
});

export const handleUpdateSegment: AppRouteHandler<typeof updateSegment> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    updateRecord(write, chainSegmentKind, String(id), version, values, 'Chain segment'),
  );
  return c.json(writeSegment(record), 200);
};

export const withdrawSegment = withdrawalRoute({
  path: '/chain-segments/{id}/withdraw',
  summary:
    'Remove (withdraw) a segment of a chain’s map; refused (400, `links`) while it has links',
  params: idParamSchema,
  record: chainSegmentRecordSchema,
});

export const handleWithdrawSegment: AppRouteHandler<typeof withdrawSegment> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    // Locked first: a link cannot be added to or moved into it while it is being removed.
    const segment = await lockSegment(write, id);
    authoriseChainWrite(write.user, segment.chainId);
    if (segment.version !== version) {
      throw new ConflictError(await snapshotOf(write.tx, chainSegmentKind, segment));
    }
    const [links] = await write.tx
      .select({ n: count() })
      .from(chainLinks)
      .where(and(eq(chainLinks.segmentId, id), isNull(chainLinks.withdrawnAt)));
    if (links && links.n > 0) {
      throw invalidField(
        'links',
        `the segment still has ${links.n} links: move them to another segment or remove them first`,
      );
    }
    return withdrawRecord(write, chainSegmentKind, String(id), version, 'Chain segment');
  });
  return c.json(writeSegment(record), 200);
};

export const restoreSegment = withdrawalRoute({
  path: '/chain-segments/{id}/restore',
  summary: 'Bring a removed segment back onto its chain’s map',
  params: idParamSchema,
  record: chainSegmentRecordSchema,
});

export const handleRestoreSegment: AppRouteHandler<typeof restoreSegment> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    restoreRecord(write, chainSegmentKind, String(id), version, 'Chain segment'),
  );
  return c.json(writeSegment(record), 200);
};

// ---------------------------------------------------------------- links
export const createLink = createRecordRoute({
  path: '/chain-segments/{id}/links',
  summary: 'Add a link (环节) to a segment of a chain’s map, after its last one',
  params: idParamSchema,
  body: chainLinkCreateSchema,
  record: chainLinkMapRecordSchema,
});

export const handleCreateLink: AppRouteHandler<typeof createLink> = async (c) => {
  const { id } = c.req.valid('param');
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, async (write) => {
    const segment = await lockSegment(write, id);
    authoriseChainWrite(write.user, segment.chainId);
    if (segment.withdrawnAt) throw invalidField('id', 'names a removed segment: restore it first');
    const [last] = await write.tx
      .select({ sortOrder: max(chainLinks.sortOrder) })
      .from(chainLinks)
      .where(eq(chainLinks.segmentId, id));
    const sortOrder = (last?.sortOrder ?? 0) + 1;
    return createRecord(
      write,
      chainLinkKind,
      segment.chainId,
      { chainId: segment.chainId },
      { ...values, segmentId: id, sortOrder },
    );
  });
  return c.json(writeLink(answer.body), 201);
};

export const withdrawLink = withdrawalRoute({
  path: '/chain-links/{id}/withdraw',
  summary:
    'Remove (withdraw) a link of a chain’s map; one with firms moves them to another link or detaches them',
  params: idParamSchema,
  record: chainLinkMapRecordSchema,
  body: chainLinkWithdrawSchema,
});

export const handleWithdrawLink: AppRouteHandler<typeof withdrawLink> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, firms, toLinkId } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    // Two links are locked in the order of their ids, so two removals moving firms into each
    // other's link queue up instead of deadlocking.
    if (firms === 'move' && toLinkId !== undefined && toLinkId < id) {
      await lockLink(write, toLinkId);
    }
    const link = await lockLink(write, id);
    if (!link) throw notFound('Chain link');
    authoriseChainWrite(write.user, link.chainId);
    const before = await snapshotOf(write.tx, chainLinkKind, link);
    if (link.version !== version) throw new ConflictError(before);
    const firmIds = before.firmIds as number[];
    if (firmIds.length > 0 && firms === undefined) {
      throw invalidField(
        'firms',
        `the link has ${firmIds.length} firms: move them to another link or detach them`,
      );
    }
    if (firmIds.length > 0 && firms === 'move') {
      await moveFirms(write, link.chainId, id, toLinkId as number, firmIds);
    }
    const detached = firmIds.length > 0 ? { firmIds: [] } : {};
    return withdrawRecord(write, chainLinkKind, String(id), version, 'Chain link', detached);
  });
  return c.json(writeLink(record), 200);
};

/** Adds a removed link's firms to another shown link of its chain: an audited edit of that link. */
async function moveFirms(
  write: WriteContext,
  chainId: number,
  fromId: number,
  toId: number,
  firmIds: number[],
) {
  const target = toId === fromId ? undefined : await lockLink(write, toId);
  if (!target || target.chainId !== chainId || target.withdrawnAt) {
    throw invalidField('toLinkId', 'must name another link on this chain’s map');
  }
  const present = await write.tx
    .select({ firmId: chainLinkFirms.firmId })
    .from(chainLinkFirms)
    .where(eq(chainLinkFirms.linkId, toId));
  const merged = [...new Set([...present.map((row) => row.firmId), ...firmIds])].sort(
    (a, b) => a - b,
  );
  await updateRecord(
    write,
    chainLinkKind,
    String(toId),
    target.version,
    { firmIds: merged },
    'Chain link',
  );
}

export const restoreLink = withdrawalRoute({
  path: '/chain-links/{id}/restore',
  summary: 'Bring a removed link back onto its segment (its firms stay where they went)',
  params: idParamSchema,
  record: chainLinkMapRecordSchema,
  body: withdrawBodySchema,
});

export const handleRestoreLink: AppRouteHandler<typeof restoreLink> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    // The segment first, then the link, as a reorder of the segment locks them.
    const [found] = await write.tx.select().from(chainLinks).where(eq(chainLinks.id, id));
    if (!found) throw notFound('Chain link');
    authoriseChainWrite(write.user, found.chainId);
    const segment = await lockSegment(write, found.segmentId);
    const link = await lockLink(write, id);
    // Moved to another segment meanwhile: that segment is the one to check.
    if (!link) throw notFound('Chain link');
    if (link.segmentId !== segment.id) {
      throw new ConflictError(await snapshotOf(write.tx, chainLinkKind, link));
    }
    if (segment.withdrawnAt) {
      throw invalidField('segmentId', 'names a removed segment: restore it first');
    }
    return restoreRecord(write, chainLinkKind, String(id), version, 'Chain link');
  });
  return c.json(writeLink(record), 200);
};

// ---------------------------------------------------------------- order
type Listed = { id: number; version: number }[];

/** The listed records are exactly `shown`, each at the version listed. */
function sameList(listed: Listed, shown: { id: number; version: number }[]) {
  if (listed.length !== shown.length) return false;
  const versions = new Map(shown.map((row) => [row.id, row.version]));
  return listed.every((item) => versions.get(item.id) === item.version);
}

const byPlace = (a: { sortOrder: number; id: number }, b: { sortOrder: number; id: number }) =>
  a.sortOrder - b.sortOrder || a.id - b.id;

export const orderSegments = updateRoute({
  path: '/chains/{id}/segment-order',
  summary:
    'Reorder a chain’s segments: all of its shown segments in the new order, each with its version',
  params: idParamSchema,
  body: segmentOrderBodySchema,
  record: segmentOrderRecordSchema,
});

export const handleOrderSegments: AppRouteHandler<typeof orderSegments> = async (c) => {
  const { id } = c.req.valid('param');
  const { segments } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    await chainMustExist(write, id);
    authoriseChainWrite(write.user, id);
    const rows = await write.tx
      .select()
      .from(chainSegments)
      .where(and(eq(chainSegments.chainId, id), isNull(chainSegments.withdrawnAt)))
      .orderBy(asc(chainSegments.id))
      .for('update');
    if (!sameList(segments, rows)) {
      const current = await Promise.all(
        rows.sort(byPlace).map((row) => snapshotOf(write.tx, chainSegmentKind, row)),
      );
      throw new ConflictError({ segments: current });
    }
    const written = [];
    for (const [index, item] of segments.entries()) {
      written.push(
        await updateRecord(
          write,
          chainSegmentKind,
          String(item.id),
          item.version,
          { sortOrder: index + 1 },
          'Chain segment',
        ),
      );
    }
    return { segments: written };
  });
  return c.json(segmentOrderRecordSchema.parse(record), 200);
};

export const orderLinks = updateRoute({
  path: '/chain-segments/{id}/link-order',
  summary:
    'Reorder a segment’s links (all of its shown links, each with its version); a listed link of another segment moves here',
  params: idParamSchema,
  body: linkOrderBodySchema,
  record: linkOrderRecordSchema,
});

export const handleOrderLinks: AppRouteHandler<typeof orderLinks> = async (c) => {
  const { id } = c.req.valid('param');
  const { links } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    const segment = await lockSegment(write, id);
    authoriseChainWrite(write.user, segment.chainId);
    if (segment.withdrawnAt) throw invalidField('id', 'names a removed segment: restore it first');
    const listedIds = links.map((item) => item.id);
    const rows = await write.tx
      .select()
      .from(chainLinks)
      .where(
        and(
          or(eq(chainLinks.segmentId, id), inArray(chainLinks.id, listedIds)),
          eq(chainLinks.chainId, segment.chainId),
        ),
      )
      .orderBy(asc(chainLinks.id))
      .for('update');
    const found = new Set(rows.map((row) => row.id));
    if (listedIds.some((linkId) => !found.has(linkId))) {
      throw invalidField('links', 'lists a link that is not on this chain’s map');
    }
    // What the list must be: the segment's shown links and the shown links moving in.
    const expected = rows.filter(
      (row) => !row.withdrawnAt && (row.segmentId === id || listedIds.includes(row.id)),
    );
    if (!sameList(links, expected)) {
      const current = await Promise.all(
        rows
          .filter((row) => row.segmentId === id && !row.withdrawnAt)
          .sort(byPlace)
          .map((row) => snapshotOf(write.tx, chainLinkKind, row)),
      );
      throw new ConflictError({ links: current });
    }
    const written = [];
    for (const [index, item] of links.entries()) {
      written.push(
        await updateRecord(
          write,
          chainLinkKind,
          String(item.id),
          item.version,
          { segmentId: id, sortOrder: index + 1 },
          'Chain link',
        ),
      );
    }
    return { links: written };
  });
  return c.json(linkOrderRecordSchema.parse(record), 200);
};

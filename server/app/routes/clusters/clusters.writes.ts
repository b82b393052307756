import { and, eq, isNull, ne } from 'drizzle-orm';
import { idParamSchema } from '../../../contract/common';
import {
  clusterAssessmentCreateSchema,
  clusterAssessmentRecordSchema,
  clusterAssessmentUpdateSchema,
  clusterCreateSchema,
  clusterRecordSchema,
  clusterUpdateSchema,
} from '../../../contract/clusters';
import { clusterAssessments, clusters } from '../../../db/schema';
import type { AppRouteHandler } from '../../context';
import { invalidField, notFound } from '../../errors';
import type { WriteContext } from '../../writes/entity';
import { chainIdsOfCluster, clusterAssessmentKind, clusterKind } from '../../writes/kinds';
import { createRecord, restoreRecord, updateRecord, withdrawRecord } from '../../writes/operations';
import { runCreate, runWrite } from '../../writes/run-write';
import { refuseDuplicate } from '../../writes/unique';
import { createRecordRoute, updateRoute, withdrawalRoute } from '../write-route';

const duplicateName = 'is already the name of another cluster';

export const createCluster = createRecordRoute({
  path: '/clusters',
  summary: 'Add a cluster; an editor must put it in their chains, and in those only',
  params: idParamSchema.pick({}),
  body: clusterCreateSchema,
  record: clusterRecordSchema,
});

export const handleCreateCluster: AppRouteHandler<typeof createCluster> = async (c) => {
  const values = c.req.valid('json');
  const answer = await refuseDuplicate(
    runCreate(c, values, (write) =>
      createRecord(write, clusterKind, values.chainIds[0] ?? null, {}, values),
    ),
    'name',
    duplicateName,
  );
  return c.json(clusterRecordSchema.parse(answer.body), 201);
};

export const updateCluster = updateRoute({
  path: '/clusters/{id}',
  summary: 'Change a cluster: level, status, recognition and chains',
  params: idParamSchema,
  body: clusterUpdateSchema,
  record: clusterRecordSchema,
});

export const handleUpdateCluster: AppRouteHandler<typeof updateCluster> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await refuseDuplicate(
    runWrite(c, (write) =>
      updateRecord(write, clusterKind, String(id), version, values, 'Cluster'),
    ),
    'name',
    duplicateName,
  );
  return c.json(clusterRecordSchema.parse(record), 200);
};

export const withdrawCluster = withdrawalRoute({
  path: '/clusters/{id}/withdraw',
  summary: 'Withdraw a cluster (撤回): kept on record, left out of lists and figures',
  params: idParamSchema,
  record: clusterRecordSchema,
});

export const handleWithdrawCluster: AppRouteHandler<typeof withdrawCluster> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    withdrawRecord(write, clusterKind, String(id), version, 'Cluster'),
  );
  return c.json(clusterRecordSchema.parse(record), 200);
};

export const restoreCluster = withdrawalRoute({
  path: '/clusters/{id}/restore',
  summary: 'Bring a withdrawn cluster back (恢复)',
  params: idParamSchema,
  record: clusterRecordSchema,
});

export const handleRestoreCluster: AppRouteHandler<typeof restoreCluster> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    restoreRecord(write, clusterKind, String(id), version, 'Cluster'),
  );
  return c.json(clusterRecordSchema.parse(record), 200);
};

// ---------------------------------------------------------------- yearly assessments

/** One assessment a year: another one of that year (not withdrawn) is a 400 on `year`. */
async function yearMustBeFree(
  { tx }: WriteContext,
  clusterId: number,
  year: number,
  exceptId?: number,
) {
  const taken = await tx
    .select({ id: clusterAssessments.id })
    .from(clusterAssessments)
    .where(
      and(
        eq(clusterAssessments.clusterId, clusterId),
        eq(clusterAssessments.year, year),
        isNull(clusterAssessments.withdrawnAt),
        exceptId === undefined ? undefined : ne(clusterAssessments.id, exceptId),
      ),
    );
  if (taken.length > 0) throw invalidField('year', 'already has an assessment of this cluster');
}

export const createAssessment = createRecordRoute({
  path: '/clusters/{id}/assessments',
  summary: 'Add a yearly assessment (年度评估) of a cluster',
  params: idParamSchema,
  body: clusterAssessmentCreateSchema,
  record: clusterAssessmentRecordSchema,
});

export const handleCreateAssessment: AppRouteHandler<typeof createAssessment> = async (c) => {
  const { id } = c.req.valid('param');
  const values = c.req.valid('json');
  const answer = await runCreate(c, values, async (write) => {
    const found = await write.tx
      .select({ id: clusters.id })
      .from(clusters)
      .where(eq(clusters.id, id));
    if (found.length === 0) throw notFound('Cluster');
    const clusterChainIds = await chainIdsOfCluster(write.tx, id);
    const record = await createRecord(
      write,
      clusterAssessmentKind,
      clusterChainIds[0] ?? null,
      { clusterId: id },
      { ...values, clusterChainIds },
    );
    await yearMustBeFree(write, id, values.year, record.id as number);
    return record;
  });
  return c.json(clusterAssessmentRecordSchema.parse(answer.body), 201);
};

export const updateAssessment = updateRoute({
  path: '/cluster-assessments/{id}',
  summary: 'Change a cluster’s yearly assessment',
  params: idParamSchema,
  body: clusterAssessmentUpdateSchema,
  record: clusterAssessmentRecordSchema,
});

export const handleUpdateAssessment: AppRouteHandler<typeof updateAssessment> = async (c) => {
  const { id } = c.req.valid('param');
  const { version, ...values } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    const saved = await updateRecord(
      write,
      clusterAssessmentKind,
      String(id),
      version,
      values,
      'Assessment',
    );
    await yearMustBeFree(write, saved.clusterId as number, values.year, id);
    return saved;
  });
  return c.json(clusterAssessmentRecordSchema.parse(record), 200);
};

export const withdrawAssessment = withdrawalRoute({
  path: '/cluster-assessments/{id}/withdraw',
  summary: 'Withdraw a cluster’s yearly assessment (撤回)',
  params: idParamSchema,
  record: clusterAssessmentRecordSchema,
});

export const handleWithdrawAssessment: AppRouteHandler<typeof withdrawAssessment> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, (write) =>
    withdrawRecord(write, clusterAssessmentKind, String(id), version, 'Assessment'),
  );
  return c.json(clusterAssessmentRecordSchema.parse(record), 200);
};

export const restoreAssessment = withdrawalRoute({
  path: '/cluster-assessments/{id}/restore',
  summary: 'Bring a withdrawn yearly assessment back (恢复)',
  params: idParamSchema,
  record: clusterAssessmentRecordSchema,
});

export const handleRestoreAssessment: AppRouteHandler<typeof restoreAssessment> = async (c) => {
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const record = await runWrite(c, async (write) => {
    const saved = await restoreRecord(
      write,
      clusterAssessmentKind,
      String(id),
      version,
      'Assessment',
    );
    await yearMustBeFree(write, saved.clusterId as number, saved.year as number, id);
    return saved;
  });
  return c.json(clusterAssessmentRecordSchema.parse(record), 200);
};

import type { z } from 'zod';
import type { ProjectDetail } from '@server/contract/projects';
import type { projectBodySchema, projectRecordSchema } from '@server/contract/writes';
import { apiSend } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { touches, useWriteMutation } from '@/lib/write-mutation';

/** `PUT /api/projects/{id}`: every field of a project, on the version it was shown with. */
export type ProjectBody = z.output<typeof projectBodySchema>;
type ProjectRecord = z.output<typeof projectRecordSchema>;

export function updateProject(projectId: number, body: ProjectBody) {
  return apiSend('PUT', `/api/projects/${projectId}`, body, () =>
    import('@server/contract/writes').then((contract) => contract.projectRecordSchema),
  );
}

type Fields = Pick<
  ProjectRecord,
  | 'name'
  | 'origin'
  | 'investmentYi'
  | 'stage'
  | 'signedOn'
  | 'startedOn'
  | 'productionOn'
  | 'plannedProductionOn'
  | 'progress'
>;

/** The project's own fields; its park and firm (by name) come with the reload. */
function withFields(project: ProjectDetail, fields: Fields): ProjectDetail {
  return {
    ...project,
    name: fields.name,
    origin: fields.origin,
    investmentYi: fields.investmentYi,
    stage: fields.stage,
    signedOn: fields.signedOn,
    startedOn: fields.startedOn,
    productionOn: fields.productionOn,
    plannedProductionOn: fields.plannedProductionOn,
    progress: fields.progress,
  };
}

export function useUpdateProject(chainId: number, projectId: number) {
  return useWriteMutation<ProjectBody, ProjectRecord, ProjectDetail>({
    send: (body) => updateProject(projectId, body),
    queryKey: queryKeys.projects.detail(projectId),
    optimistic: withFields,
    answered: (project, record) => ({
      ...withFields(project, record),
      version: record.version,
      updatedAt: record.updatedAt,
      updatedBy: record.updatedBy,
    }),
    touches: () => touches.project(chainId),
  });
}

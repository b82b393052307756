import { z } from 'zod';
import {
  amountSchema,
  idValueSchema,
  isoDateSchema,
  projectOriginSchema,
  projectStageSchema,
  requiredText,
  versionSchema,
  writtenFields,
} from './common';

/*
 * A project's write: its body (the form's and the import's), and the record the writes answer
 * with. `writes.ts` re-exports them beside the other records' writes.
 */

const optionalDate = isoDateSchema.nullable();

const projectFields = {
  name: requiredText(200),
  parkId: idValueSchema.nullable(),
  firmId: idValueSchema.nullable(),
  origin: projectOriginSchema,
  /** The link of the chain map it fills or strengthens (a link of the project's chain). */
  linkId: idValueSchema.nullable(),
  /** The 招商活动 it was signed at. */
  campaignId: idValueSchema.nullable(),
  /** 亿元 */
  investmentYi: amountSchema(1e8),
  stage: projectStageSchema,
  signedOn: isoDateSchema,
  startedOn: optionalDate,
  productionOn: optionalDate,
  plannedProductionOn: optionalDate,
  progress: z
    .number({ error: 'must be a whole number from 0 to 100' })
    .int('must be a whole number from 0 to 100')
    .min(0, 'must be a whole number from 0 to 100')
    .max(100, 'must be a whole number from 0 to 100'),
};
type ProjectDates = Pick<
  z.output<z.ZodObject<typeof projectFields>>,
  'stage' | 'signedOn' | 'startedOn' | 'productionOn'
>;
/** A project's dates follow its stage: started has a start, in production a production date. */
function checkProjectDates(project: ProjectDates, context: z.RefinementCtx) {
  if (project.stage !== 'signed' && !project.startedOn) {
    context.addIssue({ code: 'custom', path: ['startedOn'], message: 'is required once started' });
  }
  if (project.stage === 'in_production' && !project.productionOn) {
    context.addIssue({
      code: 'custom',
      path: ['productionOn'],
      message: 'is required once in production',
    });
  }
  if (project.startedOn && project.startedOn < project.signedOn) {
    context.addIssue({
      code: 'custom',
      path: ['startedOn'],
      message: 'must not be before the signing date',
    });
  }
  if (project.productionOn && project.startedOn && project.productionOn < project.startedOn) {
    context.addIssue({
      code: 'custom',
      path: ['productionOn'],
      message: 'must not be before the start date',
    });
  }
}
export const projectCreateSchema = z
  .object(projectFields)
  .superRefine(checkProjectDates)
  .meta({ id: 'ProjectCreate' });
export const projectBodySchema = z
  .object({ ...projectFields, version: versionSchema })
  .superRefine(checkProjectDates)
  .meta({ id: 'ProjectBody' });
export const projectRecordSchema = z
  .object({
    id: z.number().int(),
    chainId: z.number().int(),
    name: z.string(),
    parkId: z.number().int().nullable(),
    firmId: z.number().int().nullable(),
    origin: projectOriginSchema,
    linkId: z.number().int().nullable(),
    campaignId: z.number().int().nullable(),
    investmentYi: z.number(),
    stage: projectStageSchema,
    signedOn: isoDateSchema,
    startedOn: isoDateSchema.nullable(),
    productionOn: isoDateSchema.nullable(),
    plannedProductionOn: isoDateSchema.nullable(),
    progress: z.number().int(),
    ...writtenFields,
  })
  .meta({ id: 'ProjectRecord' });

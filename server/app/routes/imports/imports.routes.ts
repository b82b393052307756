import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { apiErrorSchema } from '../../../contract/errors';
import {
  importFileQuerySchema,
  importFormatSchema,
  importKindSchema,
  importPreviewSchema,
  importRejectedSchema,
  importResultSchema,
} from '../../../contract/imports';
import { invalidRequestResponse, jsonResponse } from '../responses';

const kindParams = z.object({ kind: importKindSchema });

/** The file as it is on disk: the raw bytes of an .xlsx or .csv. */
const fileBody = {
  content: {
    'application/octet-stream': {
      schema: z.string().meta({ format: 'binary', description: 'The .xlsx or .csv file' }),
    },
  },
};

const refused = {
  400: jsonResponse(
    apiErrorSchema.or(importRejectedSchema),
    'The file cannot be read (`invalid_file`, the reason in `fields.file`) or imported (`problems`)',
  ),
  401: jsonResponse(apiErrorSchema, 'Not signed in'),
  403: jsonResponse(
    importRejectedSchema,
    'Viewers may not import; rows of chains the user may not edit (listed in `problems`)',
  ),
};

export const template = createRoute({
  method: 'get',
  path: '/imports/{kind}/template',
  tags: ['imports'],
  summary: 'A sheet with the list’s Chinese headers and one example row that imports as it is',
  request: { params: kindParams, query: z.object({ format: importFormatSchema.default('xlsx') }) },
  responses: {
    200: {
      description: 'The template file',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().meta({ format: 'binary' }),
        },
        'text/csv': { schema: z.string() },
      },
    },
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Viewers may not import'),
  },
});

export const preview = createRoute({
  method: 'post',
  path: '/imports/{kind}/preview',
  tags: ['imports'],
  summary: 'Check a file: every row’s problems and what it would insert or update; writes nothing',
  request: { params: kindParams, query: importFileQuerySchema, body: fileBody },
  responses: {
    200: jsonResponse(importPreviewSchema, 'The plan, with the token the commit sends back'),
    ...refused,
  },
});

export const commit = createRoute({
  method: 'post',
  path: '/imports/{kind}',
  tags: ['imports'],
  summary: 'Import a previewed file: all of it in one audited transaction, or nothing',
  request: {
    params: kindParams,
    query: importFileQuerySchema,
    body: fileBody,
    headers: z.object({
      'idempotency-key': z.string().max(100).optional().meta({
        description: 'Any unique text per intended import, resent unchanged on a retry',
      }),
    }),
  },
  responses: {
    201: jsonResponse(importResultSchema, 'How many records were inserted and updated'),
    ...refused,
    409: jsonResponse(apiErrorSchema, 'A matched record changed since the preview: preview again'),
  },
});

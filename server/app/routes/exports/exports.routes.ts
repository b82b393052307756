import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  allExportQuerySchema,
  auditExportQuerySchema,
  clusterExportQuerySchema,
  firmExportQuerySchema,
  indicatorValueExportQuerySchema,
  parkExportQuerySchema,
  policyExportQuerySchema,
  problemExportQuerySchema,
  projectExportQuerySchema,
  leadExportQuerySchema,
  meetingExportQuerySchema,
  changeExportQuerySchema,
  securityEventExportQuerySchema,
} from '../../../contract/exports';
import { apiErrorSchema } from '../../../contract/errors';
import { invalidRequestResponse, jsonResponse } from '../responses';

const fileSchema = z.string().meta({ format: 'binary' });

const fileResponse = {
  description:
    'The whole filtered, sorted list as an Excel workbook or a CSV file (UTF-8 with BOM), as an attachment',
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: fileSchema },
    'text/csv': { schema: fileSchema },
  },
};

function exportRoute<Query extends z.ZodObject>(list: string, query: Query) {
  return createRoute({
    method: 'get',
    path: `/exports/${list}`,
    tags: ['exports'],
    summary: `Download the ${list} matching the list's filters and sort as XLSX or CSV`,
    request: { query },
    responses: { 200: fileResponse, 400: invalidRequestResponse },
  });
}

export const parks = exportRoute('parks', parkExportQuerySchema);
export const firms = exportRoute('firms', firmExportQuerySchema);
export const clusters = exportRoute('clusters', clusterExportQuerySchema);
export const projects = exportRoute('projects', projectExportQuerySchema);
export const problems = exportRoute('problems', problemExportQuerySchema);
export const leads = exportRoute('leads', leadExportQuerySchema);
export const meetings = exportRoute('meetings', meetingExportQuerySchema);
export const policies = exportRoute('policies', policyExportQuerySchema);
export const indicatorValues = exportRoute('indicator-values', indicatorValueExportQuerySchema);

export const changes = createRoute({
  method: 'get',
  path: '/exports/changes',
  tags: ['exports', 'changes'],
  summary: 'Download what changed in a chain (or the city) between two days as XLSX or CSV',
  request: { query: changeExportQuerySchema },
  responses: {
    200: fileResponse,
    400: invalidRequestResponse,
    404: jsonResponse(apiErrorSchema, 'No such chain'),
  },
});

export const audit = createRoute({
  method: 'get',
  path: '/exports/audit',
  tags: ['exports', 'audit'],
  summary:
    'Download the audit trail matching the audit page’s filters, newest first (administrators)',
  request: { query: auditExportQuerySchema },
  responses: {
    200: fileResponse,
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not an administrator'),
  },
});

export const securityEvents = createRoute({
  method: 'get',
  path: '/exports/security-events',
  tags: ['exports', 'security'],
  summary:
    'Download the security audit matching the security audit page’s filters, newest first (audit administrator); the export is itself recorded',
  request: { query: securityEventExportQuerySchema },
  responses: {
    200: fileResponse,
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not the audit administrator'),
  },
});

export const all = createRoute({
  method: 'get',
  path: '/exports/all',
  tags: ['exports'],
  summary:
    'Download every list as one Excel workbook, a sheet each; the audit trail only for administrators',
  request: { query: allExportQuerySchema },
  responses: {
    200: {
      description: 'The workbook, as an attachment',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: fileSchema },
      },
    },
    400: invalidRequestResponse,
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
  },
});

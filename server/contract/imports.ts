import { z } from 'zod';
import { textSchema } from './common';
import { apiErrorSchema } from './errors';

/*
 * Importing lists from a spreadsheet: a preview that lists every row's problems and planned
 * change, then a commit of the same file that writes all of it or nothing.
 */

export const importKinds = ['firms', 'projects', 'problems', 'indicator-values', 'leads'] as const;
export type ImportKind = (typeof importKinds)[number];
export const importKindSchema = z.enum(importKinds);

export const importFormats = ['xlsx', 'csv'] as const;
export const importFormatSchema = z.enum(importFormats);

/**
 * Why a row (or the whole file, `row` null) cannot be imported. `code` and `params` are what
 * the SPA translates; `message` is the English text for API users and logs.
 */
export const importProblemSchema = z
  .object({
    /** The spreadsheet's own row number (the header is row 1); null for the whole file. */
    row: z.number().int().nullable(),
    /** The column's key (`creditCode`), or null when the problem is not one column's. */
    column: z.string().nullable(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })
  .meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof importProblemSchema>;

const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** What the commit would do with one row. */
export const importChangeSchema = z
  .object({
    row: z.number().int(),
    action: z.enum(['insert', 'update', 'unchanged']),
    /** The natural key as the sheet names it: `91440300MA5XXXXXX1`, `new-display · 2026Q3`. */
    key: z.string(),
    /** For an update: each changed column's value before and after. */
    changes: z.array(
      z.object({ column: z.string(), before: cellValueSchema, after: cellValueSchema }),
    ),
  })
  .meta({ id: 'ImportChange' });
export type ImportChange = z.infer<typeof importChangeSchema>;

/** The preview keeps at most this many changes and problems; the counts cover every row. */
export const MAX_LISTED_IMPORT_ITEMS = 500;

export const importPreviewSchema = z
  .object({
    kind: importKindSchema,
    /** The list's columns, by which problems and changes name them, with their headers. */
    columns: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string() })),
    rows: z.number().int(),
    inserts: z.number().int(),
    updates: z.number().int(),
    unchanged: z.number().int(),
    /** Every problem up to the cap, and how many there are in all. */
    problems: z.array(importProblemSchema),
    problemCount: z.number().int(),
    /** Inserts and updates first, up to the cap. */
    changes: z.array(importChangeSchema),
    /** Send back with the commit: it changes if a matched record changes meanwhile. */
    preview: z.string(),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z
  .object({
    kind: importKindSchema,
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;

/** 400 for a file that cannot be imported: the API's error plus every problem found. */
export const importRejectedSchema = apiErrorSchema
  .extend({ problems: z.array(importProblemSchema), problemCount: z.number().int() })
  .meta({ id: 'ImportRejected' });
export type ImportRejected = z.infer<typeof importRejectedSchema>;

export const importFileQuerySchema = z.object({
  /** The file's name as the user chose it: its extension helps tell CSV from XLSX. */
  name: textSchema().max(255).optional(),
  /** The commit only: the `preview` the preview answered. */
  preview: textSchema().max(200).optional(),
});

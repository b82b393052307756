import type { App } from '../../../server/app/create-app';
import { importSpecs } from '../../../server/app/imports';
import { writeWorkbook, type SheetFormat } from '../../../server/app/sheets';
import type { CellValue } from '../../../server/app/sheets';
import type { ImportKind } from '../../../server/contract/imports';

/**
 * A file of `kind` with the template's Chinese headers: one object per row, keyed by column
 * (`creditCode`), columns left out of a row blank. `columns` picks and orders the columns.
 */
export function importFile(
  kind: ImportKind,
  rows: Record<string, CellValue>[],
  format: SheetFormat = 'csv',
  columns = importSpecs[kind].columns.map((column) => column.key),
): Promise<Uint8Array> {
  const byKey = new Map(importSpecs[kind].columns.map((column) => [column.key, column]));
  return writeWorkbook(
    [
      {
        name: kind,
        columns: columns.map((key) => ({
          header: byKey.get(key)?.sheet.header['zh-CN'] ?? key,
          type: byKey.get(key)?.sheet.type ?? 'text',
        })),
        rows: rows.map((row) => columns.map((key) => row[key] ?? null)),
      },
    ],
    format,
  );
}

/** What import routes answer: a preview, a result, or an error with the problems. */
export interface ImportAnswer {
  preview?: string;
  rows?: number;
  inserts?: number;
  updates?: number;
  unchanged?: number;
  inserted?: number;
  updated?: number;
  changes?: { row: number; action: string; changes: { column: string }[] }[];
  problems?: { row: number | null; column: string | null; code: string }[];
  error?: { code: string; message: string; fields?: Record<string, string> };
}

/** Posts a file to an import route as the SPA does: raw bytes, the name in the query. */
export async function postFile(
  app: App,
  path: string,
  file: Uint8Array,
  { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
) {
  const response = await app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: file as Uint8Array<ArrayBuffer>,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as ImportAnswer };
}

/** Previews as `cookie` and answers the commit's path with the preview's token. */
export async function previewedCommitPath(
  app: App,
  kind: ImportKind,
  file: Uint8Array,
  cookie: string,
): Promise<string> {
  const preview = await postFile(app, `/api/imports/${kind}/preview?name=file.csv`, file, {
    cookie,
  });
  if (preview.status !== 200) throw new Error(`preview: ${JSON.stringify(preview.body)}`);
  return `/api/imports/${kind}?name=file.csv&preview=${String(preview.body.preview)}`;
}

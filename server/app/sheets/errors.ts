import type { SheetFileErrorCode } from '../../contract/sheets';

export { sheetFileErrorCodes, type SheetFileErrorCode } from '../../contract/sheets';

/** Limits on what the reader accepts; generous for a city's lists, small enough for a browser. */
export const sheetLimits = {
  fileBytes: 10 * 1024 * 1024,
  dataRows: 50_000,
  /** Total uncompressed size of an XLSX's zip entries. */
  unzippedBytes: 100 * 1024 * 1024,
  zipEntries: 1_000,
  /** Uncompressed : compressed of one entry; real sheets stay far below, zip bombs far above. */
  compressionRatio: 200,
} as const;

/** A file the reader refuses; the API answers 400 `invalid_file` with the code in `fields.file`. */
export class SheetFileError extends Error {
  constructor(
    readonly code: SheetFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SheetFileError';
  }
}

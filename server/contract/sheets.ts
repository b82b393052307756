/** Why an uploaded spreadsheet was refused: `fields.file` of an `invalid_file` error. */
export const sheetFileErrorCodes = [
  'unsupported_type',
  'empty',
  'too_large',
  'too_many_rows',
  'malformed',
  'zip_bomb',
  'encoding',
  'formula_without_value',
] as const;

export type SheetFileErrorCode = (typeof sheetFileErrorCodes)[number];

/** What exports and templates may be written as. */
export const sheetFormats = ['xlsx', 'csv'] as const;
export type SheetFormat = (typeof sheetFormats)[number];

export const sheetLanguages = ['zh-CN', 'en-US'] as const;
export type SheetLanguage = (typeof sheetLanguages)[number];

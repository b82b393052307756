export * from './columns';
export * from './errors';
export { readSheetFile, type SheetFile, type SheetFileRow } from './read';
export { sheetContentTypes, writeWorkbook, type SheetFormat } from './write';

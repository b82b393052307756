import type { ImportProblem } from '../../contract/imports';
import { MAX_LISTED_IMPORT_ITEMS } from '../../contract/imports';
import { HttpError } from '../errors';

type Params = Record<string, string | number>;

/** The English text of each problem, for API users and logs; the SPA translates the code. */
const messages: Record<string, (params: Params) => string> = {
  missing_column: (p) => `The sheet has no column "${p.header}"`,
  unknown_column: (p) => `The column "${p.header}" is not one of this list's columns`,
  duplicate_column: (p) => `The column "${p.header}" appears twice`,
  no_rows: () => 'The sheet has a header but no rows',
  too_many_rows: (p) => `The sheet has more than ${p.max} rows`,
  required: () => 'is required',
  invalid_number: () => 'must be a number',
  invalid_whole_number: () => 'must be a whole number',
  invalid_date: () => 'must be a date like 2026-06-15',
  invalid_choice: (p) => `"${p.value}" is not one of the choices`,
  unknown_reference: (p) => `"${p.value}" names no record`,
  ambiguous_reference: (p) => `"${p.value}" names more than one record`,
  ambiguous_match: () => 'matches more than one stored record; change it in the app instead',
  not_editable: (p) => `You may not change the chain "${p.chain}"`,
  duplicate_key: (p) => `The same record is already in row ${p.firstRow}`,
  invalid: (p) => String(p.message),
};

export function importProblem(
  row: number | null,
  column: string | null,
  code: string,
  params: Params = {},
): ImportProblem {
  const message = messages[code]?.(params) ?? String(params.message ?? code);
  return { row, column, code, params, message };
}

/**
 * The file cannot be imported as it is: 400 with every problem (up to the preview's cap), and
 * nothing written.
 */
export class ImportRejectedError extends HttpError {
  readonly problems: ImportProblem[];
  readonly problemCount: number;

  constructor(problems: readonly ImportProblem[], status: 400 | 403 = 400) {
    const first = problems[0];
    super(
      status,
      status === 403 ? 'forbidden' : 'invalid_request',
      first
        ? `The file cannot be imported: ${first.row === null ? '' : `row ${first.row}: `}${first.message}`
        : 'The file cannot be imported',
      { file: first?.message ?? 'cannot be imported' },
    );
    this.problems = problems.slice(0, MAX_LISTED_IMPORT_ITEMS);
    this.problemCount = problems.length;
  }
}

/** 409: a record the preview matched was changed since; the user previews again. */
export class ImportChangedError extends HttpError {
  constructor() {
    super(409, 'conflict', 'Records in the file were changed since the preview: preview again');
  }
}

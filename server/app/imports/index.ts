import type { ImportKind } from '../../contract/imports';
import type { ImportKindSpec } from './import-kind';
import { firmImport } from './kinds/firms';
import { indicatorValueImport } from './kinds/indicator-values';
import { leadImport } from './kinds/leads';
import { problemImport } from './kinds/problems';
import { projectImport } from './kinds/projects';

/** Every list that can be imported, by the name its routes use. */
export const importSpecs: Record<ImportKind, ImportKindSpec> = {
  firms: firmImport,
  projects: projectImport,
  problems: problemImport,
  'indicator-values': indicatorValueImport,
  leads: leadImport,
};

import type { z } from 'zod';
import { listSchema, namedRefSchema } from './common';

export const departmentSchema = namedRefSchema.meta({ id: 'Department' });
export const departmentListSchema = listSchema(departmentSchema, 'DepartmentList');

export type Department = z.infer<typeof departmentSchema>;
export type DepartmentList = z.infer<typeof departmentListSchema>;

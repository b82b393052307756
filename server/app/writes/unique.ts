import { invalidField } from '../errors';
import { isUniqueViolation } from './run-write';

/**
 * A write that breaks a unique column (a firm's credit code, a park's name) is the user's
 * mistake: a 400 naming the field, not a 500. Nothing was written (the transaction rolled back).
 */
export async function refuseDuplicate<T>(
  work: Promise<T>,
  field: string,
  message: string,
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw invalidField(field, message);
    throw error;
  }
}

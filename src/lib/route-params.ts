import { notFound } from '@tanstack/react-router';

/** An id in a path (`/firms/12`): plain digits, or the route shows "not found". */
export function parseIdParam(value: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw notFound();
  return Number(value);
}

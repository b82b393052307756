import type { RagStatus } from '@server/contract/domain';

/** A shape per status, so the status reads on a black-and-white printout as well as in colour. */
const marks: Record<RagStatus, string> = { green: '✓', amber: '!', red: '✕' };

/** Decoration beside a status's word, which says the same. */
export function StatusMark({ status }: { status: RagStatus }) {
  return (
    <span className={`brief-mark brief-mark--${status}`} aria-hidden="true">
      {marks[status]}
    </span>
  );
}

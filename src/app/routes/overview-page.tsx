import { lazy, Suspense } from 'react';
import { Overview } from '@/features/overview/components/overview';

// Loaded after the first screen, so the overview's first download stays within its budget.
const EscalationsCount = lazy(() =>
  import('@/features/supervision/components/escalations-count').then((module) => ({
    default: module.EscalationsCount,
  })),
);

/** The overview, with the chain leaders' escalated problems from the supervision feature. */
export function OverviewPage() {
  return (
    <Overview
      escalations={
        <Suspense fallback={null}>
          <EscalationsCount />
        </Suspense>
      }
    />
  );
}

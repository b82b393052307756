/**
 * Which snapshot the browser's demo database was loaded from. Absent or different (a first visit,
 * a new build, a reset) means: wipe the IndexedDB database and load the build's snapshot again.
 */
export const loadedSnapshotKey = 'chainboard.demo.snapshot';

/** Restores the sample city: the next start loads the snapshot afresh, so start again now. */
export function resetDemo() {
  localStorage.removeItem(loadedSnapshotKey);
  window.location.assign('/');
}

import { startDemoWorker } from './worker';

/** The demo build's entry: the API in this browser first, then the app as usual. */
await startDemoWorker();
await import('@/main');

import { existsSync, statSync } from 'node:fs';
import { envOrExit, main } from '../server/node/main';
import { newestChange } from './newest-change';

/** `npm start`: build the SPA when its sources are newer than the build, then serve both. */
const sources = ['index.html', 'vite.config.ts', 'src', 'server/contract', 'public'];
const builtIndex = 'dist/index.html';

// A bad variable should stop us before a build, not after it.
const env = envOrExit();
const buildTime = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
if (Math.max(...sources.map(newestChange)) > buildTime) {
  console.log('Building the web app…');
  // Only when needed: a deployment that built ahead can run without Vite installed.
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}
await main(env, { serveSpa: true });

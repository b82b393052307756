import { fileURLToPath } from 'node:url';
import { readEnv } from '../env';
import { startServer } from './serve';

/** `npm start` (with the built SPA) and `npm run dev` (API only, behind Vite). */
export async function main({ serveSpa }: { serveSpa: boolean }) {
  let env;
  try {
    env = readEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const staticRoot = serveSpa ? fileURLToPath(new URL('../../dist', import.meta.url)) : undefined;
  const server = await startServer(env, { staticRoot });
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    // PGlite writes its folder on close: stop cleanly so the next start opens it fast.
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

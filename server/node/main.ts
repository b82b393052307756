import { fileURLToPath } from 'node:url';
import { readEnv, type Env } from '../env';
import { startServer } from './serve';

/** The validated environment, or a message naming each bad variable and exit 1. */
export function envOrExit(): Env {
  try {
    return readEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

/** `npm start` (with the built SPA) and `npm run dev` (API only, behind Vite). */
export async function main(env: Env, { serveSpa }: { serveSpa: boolean }) {
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

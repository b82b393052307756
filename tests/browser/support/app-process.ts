import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testAdminPassword } from './sign-in';

export interface AppProcess {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** A free loopback port, so parallel runs and leftover servers never collide. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Runs `npm start`'s script as a user would, on a fresh data folder, in its own process group
 * so that stopping it also stops anything it started. The first admin gets a known password.
 */
export async function startApp(env: Record<string, string> = {}): Promise<AppProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chainboard-data-'));
  const server = await startServerProcess(['scripts/start.ts'], { DATA_DIR: dataDir, ...env });
  return {
    url: server.url,
    dataDir,
    output: server.output,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  output: () => string;
  /** SIGTERM, as an operator stops it: the server closes its database cleanly. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or `kill -9` ends it: nothing runs after. */
  kill(): Promise<void>;
}

/** Runs a server script with `tsx` on a free port, and waits until it says it is ready. */
export async function startServerProcess(
  args: string[],
  env: Record<string, string>,
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ADMIN_PASSWORD: testAdminPassword,
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForReady(child, () => output);
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () => stopGroup(child, 'SIGTERM'),
    kill: () => stopGroup(child, 'SIGKILL'),
  };
}

async function waitForReady(child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 150_000;
  // The app says `Chainboard is ready at`, the API alone `Chainboard API is listening at`.
  while (!/Chainboard (is ready|API is listening) at/.test(output())) {
    if (child.exitCode !== null)
      throw new Error(`The app exited (${child.exitCode}):\n${output()}`);
    if (Date.now() > deadline) throw new Error(`The app did not start:\n${output()}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

async function stopGroup(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL') {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, signal);
  const timeout = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
}

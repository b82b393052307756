import { createServer } from 'vite';
import { envOrExit, main } from '../server/node/main';

/** `npm run dev`: the API on API_PORT (default 8081) and Vite on PORT (default 5173) in front. */
const apiPort = process.env.API_PORT ?? '8081';
const webPort = Number(process.env.PORT ?? 5173);
process.env.API_PORT = apiPort;
process.env.PORT = apiPort;
await main(envOrExit(), { serveSpa: false });

const vite = await createServer({ server: { port: webPort } });
await vite.listen();
vite.printUrls();

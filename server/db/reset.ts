import { cityDay } from '../contract/city-time';
import { readEnv } from '../env';
import { databaseTarget, openDatabase } from './open';
import { dropEverything, prepareDatabase } from './prepare';

/** `npm run db:reset`: drop everything and load the sample city again. */
const env = readEnv();
const target = databaseTarget(env);
const opened = await openDatabase(target);
const started = performance.now();
await opened.withSetupLock(() => dropEverything(opened.db));
await prepareDatabase(opened, { sampleData: true, today: cityDay(new Date()) });
await opened.close();
console.log(`Sample city reloaded in ${Math.round(performance.now() - started)} ms`);

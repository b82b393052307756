import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printWhenRunAlone, type BenchRow } from './table';

/*
 * The JavaScript (gzip) each route of the SPA needs before it can render, read from the
 * production build's manifest (dist/.vite/manifest.json, written by `npm run build`): the entry
 * with its static imports, the route's lazy component chunk with its static imports, and the
 * strings of the route's screen (zh-CN, the default language), each file counted once. Charts
 * and dialogs that load after the screen is up are not counted; the largest lazy chunk is shown
 * on its own row.
 */
const OVERVIEW_BUDGET_KB = 150;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface RouteCode {
  name: string;
  /** The module `lazyRouteComponent` loads in src/app/routes; none for the overview (in the entry). */
  component?: string;
  /** The screen's strings, loaded before it renders (`useTranslation('firms')`). */
  namespaces: string[];
}

// Kept in step with src/app/routes: a module missing from the manifest stops the bench.
const routes: RouteCode[] = [
  { name: 'overview /', namespaces: [] },
  {
    name: 'sign-in /sign-in',
    component: 'src/features/auth/components/sign-in-page.tsx',
    namespaces: ['auth'],
  },
  {
    name: 'chain /chains/$chainId',
    component: 'src/features/chains/components/chain-detail.tsx',
    namespaces: ['chains'],
  },
  {
    name: 'firms /firms',
    component: 'src/features/firms/components/firm-list.tsx',
    namespaces: ['firms'],
  },
  {
    name: 'parks /parks',
    component: 'src/features/parks/components/park-list.tsx',
    namespaces: ['parks'],
  },
  {
    name: 'clusters /clusters',
    component: 'src/features/clusters/components/cluster-list.tsx',
    namespaces: ['clusters'],
  },
  {
    name: 'projects /projects',
    component: 'src/features/projects/components/project-list.tsx',
    namespaces: ['projects'],
  },
  {
    name: 'problems /problems',
    component: 'src/features/problems/components/problem-list.tsx',
    namespaces: ['problems'],
  },
  {
    name: 'present /present',
    component: 'src/app/routes/present-screen.tsx',
    namespaces: ['present'],
  },
  {
    name: 'city brief /brief',
    component: 'src/app/briefs/city-brief-page.tsx',
    namespaces: ['briefs'],
  },
  {
    name: 'chain brief /chains/$chainId/brief',
    component: 'src/app/briefs/chain-brief-page.tsx',
    namespaces: ['briefs'],
  },
  {
    name: 'admin users /admin/users',
    component: 'src/features/admin-users/components/admin-users.tsx',
    namespaces: ['admin'],
  },
  {
    name: 'admin audit /admin/audit',
    component: 'src/features/admin-audit/components/admin-audit.tsx',
    namespaces: ['editing'],
  },
];

export function measureRouteBundles(dist = 'dist'): BenchRow[] {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const gzipKb = new Map<string, number>();
  const sizeOf = (file: string) => {
    let kb = gzipKb.get(file);
    if (kb === undefined) {
      kb = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000;
      gzipKb.set(file, kb);
    }
    return kb;
  };
  const chunk = (key: string) => {
    const found = manifest[key];
    if (!found) throw new Error(`${key} is not in ${dist}'s manifest: is the route list current?`);
    return found;
  };
  // A chunk and everything it imports statically: the browser has them all before it runs.
  const withStaticImports = (key: string, files: Set<string>) => {
    const { file, imports = [] } = chunk(key);
    if (files.has(file)) return;
    files.add(file);
    for (const imported of imports) withStaticImports(imported, files);
  };

  const [entryKey] = Object.entries(manifest).find(([, value]) => value.isEntry) ?? [];
  if (!entryKey) throw new Error(`${dist}'s manifest has no entry`);
  const entryFiles = new Set<string>();
  withStaticImports(entryKey, entryFiles);

  const rows: BenchRow[] = routes.map((route) => {
    const files = new Set(entryFiles);
    if (route.component) withStaticImports(route.component, files);
    for (const namespace of route.namespaces) {
      withStaticImports(`src/locales/zh-CN/${namespace}.ts`, files);
    }
    const kb = [...files].reduce((sum, file) => sum + sizeOf(file), 0);
    const isOverview = !route.component;
    return {
      subject: `Initial JS (gzip) · ${route.name}`,
      figure: `${kb.toFixed(1)} KB in ${files.size} files`,
      ...(isOverview && { goal: `≤ ${OVERVIEW_BUDGET_KB} KB`, met: kb <= OVERVIEW_BUDGET_KB }),
    };
  });

  const largestLazy = Object.values(manifest)
    .filter((value) => value.file.endsWith('.js') && !entryFiles.has(value.file))
    .map((value) => ({ file: value.file, kb: sizeOf(value.file) }))
    .sort((a, b) => b.kb - a.kb)[0];
  if (largestLazy) {
    rows.push({
      subject: 'Largest lazy chunk (gzip)',
      figure: `${largestLazy.kb.toFixed(1)} KB · ${largestLazy.file}`,
    });
  }
  return rows;
}

await printWhenRunAlone(import.meta.url, () => measureRouteBundles());

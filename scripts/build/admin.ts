/**
 * The web editing desk at /admin/: Sveltia CMS (the pinned npm package, copied from node_modules),
 * its configuration (src/admin/config.yml, generated from the schemas, plus a backend chosen here),
 * and the desk's own code (src/admin/desk.ts, bundled). Written into the site after every check of
 * the reading pages, so that it is absent from the search index, the link check, the sitemap and
 * the permalink ledger, and reading pages do not change.
 *
 * Backend: with CMS_GITHUB_REPO (owner/name) set, GitHub with the editorial workflow, signing in
 * through the OAuth helper at CMS_AUTH_URL; without it, Sveltia's in-browser test repository.
 */
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';
import { fieldOrder } from '../../src/lib/field-order.ts';
import { COLLECTION_SCHEMAS } from '../../src/lib/validation/validate.ts';
import type { BuildStep } from './steps.ts';

export const ADMIN_DIR = 'admin';

/** Sveltia's files that the desk needs: the chunk it loads for custom fields (the app and its UI translations are copied too). */
const SVELTIA_CHUNKS = ['react-dom.js'];

/**
 * The fonts Sveltia's styles load from a CDN, each served here instead from its npm package (the
 * same Fontsource files): CDN address → package file.
 */
const VENDORED_FONTS: Record<string, string> = {
  'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2':
    '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2':
    '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2':
    '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};

/**
 * The modules Sveltia imports from a CDN for the desk's features (Immutable, for custom fields),
 * served here instead through an import map: CDN address → package file.
 */
const VENDORED_MODULES: Record<string, string> = {
  'https://unpkg.com/immutable@5.1.9/dist/immutable.es.js': 'immutable/dist/immutable.es.js',
};

/** Where a vendored file is served, under /admin/. */
const vendoredPath = (packageFile: string) => `vendor/${packageFile.split('/').pop()}`;

/** Hosts the GitHub backend talks to: its API, and the avatars it shows. */
const GITHUB_CONNECT = ['https://api.github.com'];
const GITHUB_IMAGES = ['https://avatars.githubusercontent.com'];

interface Backend {
  config: Record<string, unknown>;
  publishMode?: 'editorial_workflow';
  connect: string[];
  images: string[];
}

export function backendFromEnv(env: NodeJS.ProcessEnv): Backend {
  const repo = env.CMS_GITHUB_REPO;
  if (!repo) return { config: { name: 'test-repo' }, connect: [], images: [] };
  return {
    // Each saved article becomes a pull request, checked by CI before it is merged.
    publishMode: 'editorial_workflow',
    config: {
      name: 'github',
      repo,
      branch: env.CMS_GITHUB_BRANCH ?? 'main',
      ...(env.CMS_AUTH_URL ? { base_url: env.CMS_AUTH_URL } : {}),
    },
    connect: GITHUB_CONNECT,
    images: GITHUB_IMAGES,
  };
}

/**
 * The desk's own policy: its scripts and data from this origin only (plus the backend's hosts).
 * Inline styles are Svelte's; blob: and data: URLs are the images and manifest Sveltia makes.
 */
export function adminContentSecurityPolicy(backend: Backend, importMap: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'sha256-${createHash('sha256').update(importMap).digest('base64')}'`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${backend.images.join(' ')}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' blob: data: ${backend.connect.join(' ')}`.trim(),
    "manifest-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export async function writeAdmin(root: string, outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const target = join(outDir, ADMIN_DIR);
  const modules = join(root, 'node_modules');
  const sveltia = join(modules, '@sveltia', 'cms');
  await mkdir(join(target, 'chunks'), { recursive: true });
  await mkdir(join(target, 'vendor'), { recursive: true });
  for (const chunk of SVELTIA_CHUNKS) await copyFile(join(sveltia, 'dist', 'chunks', chunk), join(target, 'chunks', chunk));
  await cp(join(sveltia, 'locales'), join(target, 'locales'), { recursive: true });
  let app = await readFile(join(sveltia, 'dist', 'sveltia-cms.js'), 'utf8');
  for (const [cdn, file] of Object.entries(VENDORED_FONTS)) {
    // A newer Sveltia may name other fonts: fail, rather than let the desk reach for a CDN.
    if (!app.includes(cdn)) throw new Error(`Sveltia CMS no longer loads ${cdn}: update VENDORED_FONTS in scripts/build/admin.ts`);
    app = app.replaceAll(cdn, `/${ADMIN_DIR}/${vendoredPath(file)}`);
  }
  await writeFile(join(target, 'sveltia-cms.js'), app);
  for (const file of [...Object.values(VENDORED_FONTS), ...Object.values(VENDORED_MODULES)]) {
    await copyFile(join(modules, file), join(target, vendoredPath(file)));
  }
  const importMap = JSON.stringify({
    imports: Object.fromEntries(Object.entries(VENDORED_MODULES).map(([cdn, file]) => [cdn, `/${ADMIN_DIR}/${vendoredPath(file)}`])),
  });
  const backend = backendFromEnv(env);
  const config = parse(await readFile(join(root, 'src', 'admin', 'config.yml'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(target, 'config.yml'), stringify({ backend: backend.config, ...(backend.publishMode ? { publish_mode: backend.publishMode } : {}), ...config }, { lineWidth: 0 }));
  const page = await readFile(join(root, 'src', 'admin', 'index.html'), 'utf8');
  await writeFile(
    join(target, 'index.html'),
    page.replace('%CONTENT_SECURITY_POLICY%', adminContentSecurityPolicy(backend, importMap)).replace('%IMPORT_MAP%', importMap),
  );
  const orders = Object.fromEntries(Object.entries(COLLECTION_SCHEMAS).map(([name, schema]) => [name, fieldOrder(schema)]));
  await build({
    entryPoints: [join(root, 'src', 'admin', 'desk.ts')],
    outfile: join(target, 'desk.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { FIELD_ORDER: JSON.stringify(orders) },
    logLevel: 'warning',
  });
}

/** Last of the steps: the desk is no part of the reading pages that the others check. */
export const adminDesk: BuildStep = {
  name: 'admin',
  run: ({ root, siteDir }) => writeAdmin(root, siteDir),
};

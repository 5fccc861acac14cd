/**
 * The sitemap lists canonical pages only: redirect pages (country aliases, old ids in
 * `redirect_from`) are left out. @astrojs/sitemap's filter sees only URLs, so the redirect pages
 * are noted as the build writes them (src/integrations/sitemap.ts).
 */

/** The site path (`/countries/uk/`) of a page the build wrote to `file` under the output folder `outDir`. */
export function sitePathOfFile(outDir: URL, file: URL): string {
  const folder = outDir.href.endsWith('/') ? outDir.href : `${outDir.href}/`;
  if (!file.href.startsWith(folder)) throw new Error(`${file.href} is not inside the output folder ${folder}`);
  const path = `/${decodeURI(file.href.slice(folder.length))}`;
  return path.replace(/(^|\/)index\.html$/, '$1');
}

/** A sitemap filter: true for a page (absolute URL) that is not one of the redirect pages (site paths). */
export function canonicalPagesOnly(redirects: ReadonlySet<string>): (page: string) => boolean {
  return (page) => !redirects.has(new URL(page).pathname);
}

/**
 * The host files Netlify and Cloudflare Pages read from the site's root (other hosts ignore
 * them): `_redirects`, every redirect as a permanent (301) one, and `_headers`, caching and the
 * security headers a page's `<meta>` cannot carry. The meta-refresh redirect pages stay for
 * hosts that read neither.
 */
import type { Redirect } from './redirects.ts';
import { searchIndexPartUrl } from './urls.ts';

/** One `from to 301` line per redirect. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
  return ['# Old and alternative URLs (country aliases, redirect_from), written by the build.', ...lines, ''].join('\n');
}

/** HTML pages: a reader sees a correction within minutes. */
export const HTML_CACHE = 'public, max-age=300, must-revalidate';
/** Files whose name changes with their content. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** The files of one Pagefind index part that are named by a hash of their content. */
const hashedSearchFiles = (part: number) =>
  ['fragment/*', 'index/*', 'filter/*', 'pagefind.*.pf_meta'].map((pattern) => `${searchIndexPartUrl(part)}${pattern}`);

/**
 * `_headers` for a site whose search index has `searchIndexParts` parts. No two rules set the
 * same header on one path: Cloudflare would join the values and Netlify keep one.
 */
export function headersFile(searchIndexParts: number): string {
  const rules: [string[], string[]][] = [
    [
      ['/*'],
      [
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
        // Only a header can forbid framing; the rest of the policy is each page's <meta>.
        "Content-Security-Policy: frame-ancestors 'none'",
        'X-Frame-Options: DENY',
      ],
    ],
    // Every page's URL ends in a slash (`trailingSlash: 'always'`), plus the 404 page.
    [['/', '/*/', '/*.html'], [`Cache-Control: ${HTML_CACHE}`]],
    [['/_astro/*', ...Array.from({ length: searchIndexParts }, (_, part) => hashedSearchFiles(part)).flat()], [`Cache-Control: ${IMMUTABLE_CACHE}`]],
  ];
  const blocks = rules.flatMap(([paths, headers]) => paths.map((path) => [path, ...headers.map((header) => `  ${header}`)].join('\n')));
  return `# Caching and security headers, written by the build.\n${blocks.join('\n')}\n`;
}

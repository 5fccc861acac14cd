/**
 * A static file server for a built site on 127.0.0.1, for the tests, the bench, screenshots and
 * Lighthouse: it gzips text (unless told to serve files as they are) and sends `Last-Modified`
 * the way any static host does, so the browser's transfers are what readers would download.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

/** The address of a site path (`/quotes/`, `/search/?q=x`) on the site served at `origin`. */
export const pageUrl = (origin: string, path: string): string => new URL(path, origin).href;

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The address of a site path on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

export async function serveStatic(root: string, { gzip = true } = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, pathname));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      if (pathname.endsWith('/')) file = join(file, 'index.html');
      else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      let status = 200;
      if (!(await isFile(file))) {
        status = 404;
        file = join(root, '404.html');
        if (!(await isFile(file))) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
          return;
        }
      }
      const ext = extname(file);
      // A validator, as every static host sends: a file the browser holds is answered with a bodiless 304.
      const modified = (await stat(file)).mtime.toUTCString();
      if (status === 200 && request.headers['if-modified-since'] === modified) {
        response.writeHead(304, { 'last-modified': modified }).end();
        return;
      }
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'last-modified': modified };
      if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const cached = gzipped.get(file) ?? gzipSync(body);
        gzipped.set(file, cached);
        body = cached;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      response.writeHead(status, headers).end(body);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => pageUrl(origin, path),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { chooseContentEncoding, ENCODING_SUFFIX, type ContentEncoding } from './content-encoding.js';

const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A file name the tab build gives content-hashed names to (scripts/build-tab.mjs): safe to cache for a year. */
const HASHED_NAME = /-[A-Z0-9]{10}\.(?:js|css)(?:\.map)?$/;
/** One path segment of a tab asset: no dot files, no traversal, no separators or encodings of them. */
const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Serves the built tab at `/tab` (index.html) and `/tab/*` (assets), framable only by Teams.
 * Text files go out as the build's precompressed copy (Brotli, else gzip) when the browser accepts it;
 * content-hashed assets are cached for a year (`immutable`), everything else (index.html) is revalidated
 * with its ETag on every load, so a new build is picked up at once.
 */
export function registerTab(server: Server, tabDirectory: string): void {
  const root = path.resolve(tabDirectory);
  const serve = (relativePath: string) => async (req: Request, res: Response) => {
    await sendTabFile(root, relativePath, req, res);
  };
  for (const method of ['get', 'head'] as const) {
    server[method]('/tab', serve('index.html'));
    server[method]('/tab/', serve('index.html'));
    server[method]('/tab/*', async (req: Request, res: Response) => {
      await sendTabFile(root, (req.params as Record<string, string>)['*'] ?? '', req, res);
    });
  }
}

async function sendTabFile(root: string, relativePath: string, req: Request, res: Response): Promise<void> {
  const segments = relativePath.split('/');
  const extension = path.extname(relativePath).toLowerCase();
  const contentType = CONTENT_TYPES[extension];
  if (contentType === undefined || segments.some((segment) => !SAFE_SEGMENT.test(segment))) return notFound(res);
  const file = path.join(root, ...segments);
  const identity = await fileInfo(file);
  if (identity === undefined) return notFound(res);

  const available = new Map<ContentEncoding, { file: string; size: number; mtimeMs: number }>([['identity', { file, ...identity }]]);
  for (const coding of ['br', 'gzip'] as const) {
    const copy = await fileInfo(file + ENCODING_SUFFIX[coding]);
    // A copy older than the file is left over from an earlier build: never send it.
    if (copy !== undefined && copy.mtimeMs >= identity.mtimeMs) available.set(coding, { file: file + ENCODING_SUFFIX[coding], ...copy });
  }
  const compressible = available.size > 1;
  const coding = chooseContentEncoding(req.header('accept-encoding'), new Set(available.keys()));
  res.setHeader('Content-Security-Policy', FRAME_ANCESTORS);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (compressible) res.setHeader('Vary', 'Accept-Encoding');
  if (coding === undefined) {
    res.writeHead(406, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Ingen av kodingene som nettleseren godtar, er tilgjengelige.');
    return;
  }
  const chosen = available.get(coding)!;
  const etag = `"${Math.trunc(identity.mtimeMs).toString(36)}-${identity.size.toString(36)}-${coding}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', HASHED_NAME.test(relativePath) ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (matchesEtag(req.header('if-none-match'), etag)) {
    res.writeHead(304);
    res.end();
    return;
  }
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(chosen.size));
  if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
  res.writeHead(200);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(chosen.file);
    stream.once('error', () => {
      res.destroy(); // the file vanished mid-send (a rebuild): the client retries
      done();
    });
    stream.once('end', done);
    stream.pipe(res);
  });
}

async function fileInfo(file: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}

function notFound(res: Response): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.send(404, { error: { code: 'not-found', message: 'Fant ikke filen.' } });
}

import restify, { type Request, type Response, type Server } from 'restify';

const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com";

/** Serves the built tab at `/tab` (index.html) and `/tab/*` (assets), framable only by Teams. */
export function registerTab(server: Server, tabDirectory: string): void {
  const setHeaders = (res: { setHeader(name: string, value: string): void }): void => {
    res.setHeader('Content-Security-Policy', FRAME_ANCESTORS);
  };
  const serveFiles = restify.plugins.serveStaticFiles(tabDirectory, { setHeaders });
  server.get('/tab', (req: Request, res: Response, next) => {
    (req.params as Record<string, string>)['*'] = 'index.html';
    return serveFiles(req, res, next);
  });
  server.get('/tab/*', serveFiles);
}

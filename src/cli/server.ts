import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from './errors.js';

export const HOST = '127.0.0.1';
/** Tried first when no --port is given, so the address stays the same from one run to the next. */
export const DEFAULT_PORT = 8000;
/** The server-sent event stream the served page listens to for reloads. */
export const EVENTS_PATH = '/events';

export interface DeckServer {
  url: string;
  /** Tell every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Serve one page, whatever `page()` returns now, on 127.0.0.1, with an event stream
 * that tells open pages to reload. Only this machine can reach it, and requests that
 * name another host are refused, so a web page cannot reach it through DNS rebinding.
 */
export async function startServer(page: () => string, port?: number): Promise<DeckServer> {
  const streams = new Set<ServerResponse>();
  let actualPort = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    if (host !== `${HOST}:${actualPort}` && host !== `localhost:${actualPort}`) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('forbidden\n');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    } else if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(req.method === 'HEAD' ? undefined : page());
    } else if (path === EVENTS_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      // Reconnect quickly when the server comes back after a restart.
      res.write('retry: 500\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  };
  const server = createServer(handle);
  try {
    if (port !== undefined) actualPort = await listen(server, port);
    else {
      try {
        actualPort = await listen(server, DEFAULT_PORT);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
        actualPort = await listen(server, 0);
      }
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UserError(`--port ${port}: the port is in use (choose another, or leave --port out to take a free one)`);
    if (code === 'EACCES') throw new UserError(`--port ${port}: not allowed to listen there (choose a port above 1023)`);
    throw e;
  }
  return {
    url: `http://${HOST}:${actualPort}/`,
    reload() {
      for (const res of streams) res.write('event: reload\ndata: \n\n');
    },
    close() {
      for (const res of streams) res.end();
      streams.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

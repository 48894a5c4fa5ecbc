import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAGE_HEADER } from '../pageHeader';

/** The stand-in's plain HTTP plumbing: who may ask, reading a body, answering. */

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_BODY = 10 * 1024 * 1024;

/**
 * Why a request is refused, or null. The stand-in answers only to its own names (a foreign
 * Host is a DNS-rebinding page), and a change (any method but GET and HEAD) only from its
 * own page: the page's header, and an Origin, when there is one, of its own.
 */
export function refusal(req: IncomingMessage, method: string): string | null {
  const port = req.socket.localPort;
  const own = new Set(['localhost', '127.0.0.1', '[::1]'].map((name) => `${name}:${port}`));
  if (!own.has(req.headers.host ?? '')) return 'the stand-in answers only to localhost, 127.0.0.1 and [::1] on its port';
  if (method === 'GET' || method === 'HEAD') return null;
  const origin = req.headers.origin;
  if (req.headers[PAGE_HEADER.toLowerCase()] !== '1' || (origin !== undefined && !own.has(origin.replace(/^http:\/\//, '')))) {
    return 'changes are taken only from the stand-in\'s own page';
  }
  return null;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

export const sendJson = (res: ServerResponse, status: number, body: unknown): void => send(res, status, JSON.stringify(body), CONTENT_TYPES['.json'] as string);

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok((server.address() as AddressInfo).port);
    });
  });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZendeskModel } from '../zendesk/model';
import { handle } from '../zendesk/router';
import { readBody } from './http';

/** The fake Zendesk REST API under /api/v2, over real HTTP (the same router msw uses in jest). */
export async function restApi(model: ZendeskModel, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
  const body = method === 'GET' || method === 'HEAD' ? null : await readBody(req);
  const answer = handle(model, { method, url: req.url ?? '/', headers, body });
  if ('dropped' in answer) return drop(res);
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/**
 * Cuts the connection mid-answer. Cutting it before any byte is not enough: a browser
 * silently resends a request whose reused keep-alive socket closed without answering, which
 * would turn a drop into a duplicate write. Half a response cannot be resent.
 */
function drop(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': '1024' });
  res.write('{', () => res.socket?.destroy());
}

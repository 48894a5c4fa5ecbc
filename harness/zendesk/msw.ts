import { http, HttpResponse, type RequestHandler } from 'msw';
import type { ZendeskModel } from './model';
import { handle } from './router';

/**
 * msw handlers that answer `<origin>/api/v2/*` from the shared model, for `setupServer` in jest.
 * A dropped connection becomes `HttpResponse.error()`: fetch rejects, as on a cut socket.
 */
export function zendeskHandlers(model: ZendeskModel, origin = 'https://example.zendesk.com'): RequestHandler[] {
  return [
    http.all(`${origin}/api/v2/*`, async ({ request }) => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
      const response = handle(model, { method: request.method, url: request.url, headers, body });
      if ('dropped' in response) return HttpResponse.error();
      return new HttpResponse(response.body, { status: response.status, headers: response.headers });
    }),
  ];
}

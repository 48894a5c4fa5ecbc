import * as z from 'zod/mini';
import { parseSettings, type ParsedSettings } from '../triage/settings';
import type { ZafClient, ZafClientFactory } from './zaf';

/**
 * The typed, thin face of the ZAF client: only what the app uses. React code
 * (src/app/) calls these and never `client.*` itself.
 */

export type InitResult =
  | { ok: true; client: ZafClient }
  | { ok: false; reason: 'no-sdk' | 'not-in-zendesk' };

function sdkOnPage(): ZafClientFactory | undefined {
  // Read lazily: this module is also imported where there is no window (CLI, node tests).
  return typeof window === 'undefined' ? undefined : window.ZAFClient;
}

/**
 * Starts the SDK. `ZAFClient.init()` returns `false` when the page was not opened by
 * Zendesk (no `origin` / `app_guid` in its URL): that is a page to explain, not a crash.
 */
export function initClient(factory: ZafClientFactory | undefined = sdkOnPage()): InitResult {
  if (!factory || typeof factory.init !== 'function') return { ok: false, reason: 'no-sdk' };
  const client = factory.init();
  return client ? { ok: true, client } : { ok: false, reason: 'not-in-zendesk' };
}

export type AppLocation = 'ticket_sidebar' | 'nav_bar' | 'other';

export interface AppContext {
  location: AppLocation;
  /** The raw location name, for the "this location is not supported" message. */
  locationName: string;
  /** null outside a ticket, and on a new ticket that has no id yet. */
  ticketId: number | null;
}

const contextSchema = z.object({
  location: z.catch(z.string(), ''),
  ticketId: z.catch(z.nullish(z.coerce.number().check(z.int(), z.positive())), null),
});

const KNOWN_LOCATIONS: readonly AppLocation[] = ['ticket_sidebar', 'nav_bar'];

export async function readContext(client: ZafClient): Promise<AppContext> {
  const parsed = contextSchema.parse(await client.context());
  const known = KNOWN_LOCATIONS.find((l) => l === parsed.location);
  return { location: known ?? 'other', locationName: parsed.location, ticketId: parsed.ticketId ?? null };
}

export interface AppMetadata {
  appId: number | null;
  /** Namespaces what the app keeps in the browser (two installs of the app never share it). */
  installationId: number | null;
  settings: ParsedSettings;
}

const metadataSchema = z.object({
  appId: z.catch(z.nullish(z.int()), null),
  installationId: z.catch(z.nullish(z.int()), null),
  settings: z.unknown(),
});

/** The installation's ids and its settings, parsed in the one place settings are parsed. */
export async function readMetadata(client: ZafClient): Promise<AppMetadata> {
  const raw = metadataSchema.parse(await client.metadata());
  return { appId: raw.appId ?? null, installationId: raw.installationId ?? null, settings: parseSettings(raw.settings) };
}

/** Fits the sidebar iframe to its content. */
export async function resize(client: ZafClient, heightPx: number): Promise<void> {
  await client.invoke('resize', { height: `${Math.max(0, Math.ceil(heightPx))}px` });
}

/** Opens another ticket in the agent's workspace. */
export async function routeToTicket(client: ZafClient, ticketId: number): Promise<void> {
  await client.invoke('routeTo', 'ticket', ticketId);
}

/** The ZAF events the app listens to. */
export type ZafEvent =
  | 'app.registered'
  | 'app.activated'
  | 'app.deactivated'
  | 'ticket.updated'
  | 'ticket.tags.changed'
  | 'ticket.status.changed'
  | 'ticket.organization.changed'
  | 'ticket.requester.id.changed';

/** Subscribes to an event; returns the function that unsubscribes (for an effect's cleanup). */
export function subscribe(client: ZafClient, event: ZafEvent, handler: (data: unknown) => void): () => void {
  client.on(event, handler);
  return () => client.off(event, handler);
}

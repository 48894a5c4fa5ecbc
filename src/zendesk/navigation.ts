import type { ZafClient } from './zaf';

/**
 * Opens the app's nav-bar page (the setup check's home). `routeTo` with `nav_bar` and the app's id
 * (https://developer.zendesk.com/api-reference/apps/apps-support-api/all_locations/#routeto).
 */
export async function routeToNavBar(client: ZafClient, appId: number | null): Promise<void> {
  await client.invoke('routeTo', 'nav_bar', String(appId ?? ''));
}

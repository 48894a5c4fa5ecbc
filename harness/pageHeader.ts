/**
 * Sent by the host page with every request that changes the stand-in. A page on another site
 * cannot add a custom header to a cross-site request without a CORS preflight, which the
 * stand-in never grants: so a change must come from the stand-in's own page (or a local tool).
 */
export const PAGE_HEADER = 'X-Harness-Page';

/**
 * API calls that e2e specs make with a signed-in page's cookies
 * (`page.request`) must say they come from Gloss itself, as a browser's own
 * fetch does: the CSRF guard (lib/auth/assert-same-origin.ts) refuses
 * cookie-authenticated changes without a same-origin Origin header.
 */
export const APP_ORIGIN = `http://localhost:${process.env.GLOSS_TEST_PORT ?? 3100}`;

/** Headers for a state-changing `page.request` call. */
export const SAME_ORIGIN = { origin: APP_ORIGIN } as const;

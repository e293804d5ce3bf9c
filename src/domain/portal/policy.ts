// Lifetimes and limits for portal links and sessions (security.md M4, M11, M12).
export const PORTAL_LINK_TTL_MS = 24 * 60 * 60 * 1000;
export const PORTAL_LINK_TTL_HOURS = PORTAL_LINK_TTL_MS / 3_600_000;
export const PORTAL_SESSION_IDLE_MS = 30 * 60 * 1000;
export const PORTAL_SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
/** At most this many links per address per hour; further requests get the same answer and no email. */
export const MAX_PORTAL_LINKS_PER_HOUR = 5;

/** Links are built from PUBLIC_URL only, never from a request's Host header. */
export const portalHomeUrl = (publicUrl: string) => `${publicUrl}/portal`;
/** `next`: a portal path already checked by safePortalPath, followed after sign-in. */
export const portalLinkUrl = (publicUrl: string, token: string, next?: string) =>
  `${publicUrl}/portal/link?token=${encodeURIComponent(token)}${next ? `&next=${encodeURIComponent(next)}` : ''}`;

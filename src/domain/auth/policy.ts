// Lifetimes and limits for team sign-in (OWASP session and forgot-password guidance; security.md M4, M11, M12).
export const TEAM_LINK_TTL_MS = 20 * 60 * 1000;
/** The link `npm start` prints on a new database: whoever runs the server sees it, so a day is fine. */
export const FIRST_OWNER_LINK_TTL_MS = 24 * 60 * 60 * 1000;
/** An invitation waits longer than a self-service link: the invitee may not read mail at once. */
export const INVITE_LINK_TTL_MS = 72 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
/** At most this many links per address per hour; further requests get the same answer and no email. */
export const MAX_LINKS_PER_HOUR = 5;

export const teamLinkUrl = (publicUrl: string, token: string) => `${publicUrl}/auth/verify#t=${token}`;
export const firstOwnerLinkUrl = (publicUrl: string, token: string) => `${publicUrl}/auth/first-owner#t=${token}`;

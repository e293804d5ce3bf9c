// Slack retries a delivery it thinks failed (X-Slack-Retry-Num); the claims live in the domain, which owns the
// slack_events table (src/domain/deliveries/claim-delivery.ts). Kept here as the Slack adapter's name for them.
import type { ClaimedCommand } from '../../domain/deliveries/claim-delivery';

export { type Claim, claimDelivery, finishDelivery, releaseOrphanedClaims } from '../../domain/deliveries/claim-delivery';

/** A slash command's answer URL and words, kept with its claim (a restart reports it if it was cut off). */
export function claimedCommand(body: Record<string, any>): ClaimedCommand | null {
  if (typeof body.command !== 'string' || typeof body.response_url !== 'string' || !body.response_url) return null;
  const text = `${body.command} ${typeof body.text === 'string' ? body.text : ''}`.trim();
  return { responseUrl: body.response_url, text, slackUserId: typeof body.user_id === 'string' ? body.user_id : null };
}

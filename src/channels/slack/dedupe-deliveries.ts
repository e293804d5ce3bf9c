// Slack retries a delivery it thinks failed (X-Slack-Retry-Num); the claims live in the domain, which owns the
// slack_events table (src/domain/deliveries/claim-delivery.ts). Kept here as the Slack adapter's name for them.
export { type Claim, claimDelivery, finishDelivery, releaseOrphanedClaims } from '../../domain/deliveries/claim-delivery';

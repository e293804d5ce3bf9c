// The headers Slack sends with a request: the body's content type (JSON or form), the timestamp and the v0 signature.
import { signSlackBody } from '../../src/channels/slack/verify-signature';

export const slackContentType = (body: string) => (body.trimStart().startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded');

export function signedSlackHeaders(secret: string, ts: number, body: string, contentType = slackContentType(body)): Record<string, string> {
  return { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackBody(secret, ts, body) };
}

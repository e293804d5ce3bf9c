// The manifest a team pastes must match what the app serves: one request URL, the command, the shortcut, the events.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CREATE_FROM_MESSAGE } from '../../../src/channels/slack/handle-shortcut';
import { BOT_SCOPES } from '../../../src/channels/slack/oauth-routes';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../slack/manifest.json'), 'utf8'));

it('points every request URL at /slack/events and declares what the listeners handle', () => {
  const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c: { url: string }) => c.url)];
  expect(new Set(urls.map((u: string) => new URL(u).pathname))).toEqual(new Set(['/slack/events']));
  expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/client']);
  expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: CREATE_FROM_MESSAGE })]);
  expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'app_uninstalled', 'message.channels', 'message.groups', 'message.im', 'tokens_revoked']);
  // The OAuth install asks for exactly the manifest's scopes and comes back to our redirect.
  expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  expect(manifest.oauth_config.redirect_urls.map((u: string) => new URL(u).pathname)).toEqual(['/slack/oauth_redirect']);
  // Replies in the client messages channel's threads (handle-thread-replies.ts) and the check mark on them.
  expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['channels:history', 'groups:history', 'reactions:write']));
  // users.info email matching, the external upload flow and reading shared CSVs (url_private) need these.
  expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['users:read', 'users:read.email', 'files:read', 'files:write', 'chat:write', 'commands']));
});

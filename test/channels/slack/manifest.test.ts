// The manifest a team pastes must match what the app serves: one request URL, the command, the shortcut, the events.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ATTACH_MESSAGE } from '../../../src/channels/slack/handle-attach-message';
import { CREATE_FROM_MESSAGE } from '../../../src/channels/slack/handle-shortcut';
import { BOT_SCOPES } from '../../../src/channels/slack/oauth-routes';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../slack/manifest.json'), 'utf8'));

it('points every request URL at /slack/events and declares what the listeners handle', () => {
  const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c: { url: string }) => c.url)];
  expect(new Set(urls.map((u: string) => new URL(u).pathname))).toEqual(new Set(['/slack/events']));
  expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/client']);
  expect(manifest.features.shortcuts).toEqual([
    expect.objectContaining({ type: 'message', callback_id: CREATE_FROM_MESSAGE }), expect.objectContaining({ type: 'message', callback_id: ATTACH_MESSAGE }),
  ]);
  expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
    'app_home_opened', 'app_mention', 'app_uninstalled', 'assistant_thread_started', 'message.channels', 'message.groups', 'message.im', 'tokens_revoked',
  ]);
  // The OAuth install asks for exactly the manifest's scopes and comes back to our redirect.
  expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  expect(manifest.oauth_config.redirect_urls.map((u: string) => new URL(u).pathname)).toEqual(['/slack/oauth_redirect']);
  // Replies in the client messages channel's threads (handle-thread-replies.ts) and the check mark on them.
  expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['channels:history', 'groups:history', 'reactions:write']));
  // App Home (its export opens the DM with the app), the Assistant view (status, suggested prompts), and thread
  // follow-ups without a mention (message.channels / message.groups read the threads).
  expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  expect(manifest.features.assistant_view.assistant_description).toBeTruthy();
  expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['im:write', 'assistant:write', 'channels:history', 'groups:history']));
  // users.info email matching, the external upload flow and reading shared CSVs (url_private) need these.
  expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['users:read', 'users:read.email', 'files:read', 'files:write', 'chat:write', 'commands']));
});

it('has a Socket Mode variant: the same app with socket_mode_enabled and no request URLs', () => {
  const socket = JSON.parse(readFileSync(join(import.meta.dirname, '../../../slack/manifest.socket.json'), 'utf8'));
  expect(manifest.settings.socket_mode_enabled).toBe(false);
  expect(socket.settings.socket_mode_enabled).toBe(true);
  expect(JSON.stringify(socket)).not.toContain('YOUR-HOST');
  const strip = (m: any) => {
    const copy = structuredClone(m);
    for (const c of copy.features.slash_commands) delete c.url;
    delete copy.settings.event_subscriptions.request_url;
    delete copy.settings.interactivity.request_url;
    delete copy.settings.socket_mode_enabled;
    delete copy.oauth_config.redirect_urls;
    copy.settings.event_subscriptions.bot_events.sort();
    return copy;
  };
  expect(strip(socket)).toEqual(strip(manifest));
});

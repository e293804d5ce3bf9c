// The environment, parsed once at the edge and passed down. Nothing else reads process.env.
import { z } from 'zod';
import { MEMBER_ROLES } from './db/enums';

const optional = z.string().trim().min(1).optional().catch(undefined);

export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  // Loopback unless asked: a laptop's server is not reachable from the network. Containers set 0.0.0.0.
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  // Proxies whose X-Forwarded-For is believed for rate limits: `loopback` (a tunnel on this machine) or addresses.
  TRUSTED_PROXY: optional,
  DATABASE_URL: z.string().min(1).default('file:data/app.db'),
  DATABASE_AUTH_TOKEN: optional,
  DATABASE_SYNC_URL: optional,
  // Seconds between an embedded replica's syncs from the primary (besides the one at start); 0 syncs only at start.
  DATABASE_SYNC_INTERVAL: z.coerce.number().min(0).default(60),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  OPENAI_MODEL: z.string().min(1).default('gpt-5-mini'),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_API_URL: optional,
  // An app-level token (xapp-…, connections:write): Slack is reached over Socket Mode instead of POST /slack/events.
  SLACK_APP_TOKEN: optional,
  // A channel id: the deployment's own workspace mirrors each client's message thread there (one Slack thread each;
  // replies reach the portal) unless it sets its own; other workspaces choose theirs (workspaces.slack_messages_channel).
  SLACK_MESSAGES_CHANNEL: optional,
  // Many Slack teams (OAuth install): the app's client id and secret, and the key that seals bot tokens at rest.
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_TOKEN_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim()
    .refine((v) => /^[A-Za-z0-9+/]{43}=$/.test(v), '32 random bytes in base64 (openssl rand -base64 32)').optional()),
  SLACK_DEFAULT_ROLE: z.enum(MEMBER_ROLES).default('manager'),
  RESEND_API_KEY: optional,
  RESEND_BASE_URL: optional,
  MAIL_FROM: z.string().min(3).default('Clientele <no-reply@localhost>'),
  // Private files (exports; the outbox unless OUTBOX_DIR says otherwise), 0700, purged on a timer.
  DATA_DIR: z.string().trim().min(1).default('data'),
  OUTBOX_DIR: optional,
  // Signs agent approvals. When unset, a random one is generated on first start and kept in the database.
  APPROVAL_SECRET: z.string().min(32).optional(),
  WORKSPACE_NAME: z.string().min(1).default('My Studio'),
  // Only tests turn this on: enrichment may then fetch loopback/private addresses.
  ENRICH_ALLOW_PRIVATE: z.stringbool().default(false),
  // Cloudflare Workers only (src/worker/): a request is cut off by the platform, so a chat turn and an import are
  // kept short there. Seconds and model steps a turn may take, and rows an import may apply in one request.
  WORKER_TURN_SECONDS: z.coerce.number().positive().max(600).default(20),
  WORKER_TURN_STEPS: z.coerce.number().int().min(1).max(50).default(6),
  WORKER_IMPORT_ROWS: z.coerce.number().int().min(1).max(10_000).default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema> & { PUBLIC_URL: string; OUTBOX_DIR: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if (env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && !env.SLACK_TOKEN_KEY) {
    throw new Error('Invalid environment variables:\n  SLACK_TOKEN_KEY: needed with SLACK_CLIENT_ID (it seals the bot tokens of installed teams)');
  }
  return { ...env, OUTBOX_DIR: env.OUTBOX_DIR ?? `${env.DATA_DIR.replace(/\/+$/, '')}/outbox`, PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '') };
}

// enrichClient: reads the client's website (home page and a few likely pages) and stores what it finds as
// PROPOSED changes in clients.enrichment_data; nothing else on the client changes (applyEnrichment does that).
// State: succeeded | skipped (no website) | failed (the error is stored).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, contacts } from '../../db/schema';
import { isDomainError } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import { extractFindings, type Findings } from './extract-findings';
import { fetchPage, type FetchOptions } from './fetch-page';
import { proposeChanges, type Proposal } from './propose-changes';

export const EnrichClientInput = z.object({ client: Ref });
const LIKELY = /\/(about|about-us|company|team|contact|contact-us|kontakt|imprint|impressum|legal|ueber-uns|uber-uns)\/?$/i;
const DEFAULT_PATHS = ['/about', '/contact', '/imprint', '/impressum'];
const MAX_EXTRA_PAGES = 4;
/** The whole run (home page plus the likely pages) stops after this, whatever each page's own timeout. */
const TOTAL_TIMEOUT_MS = 20_000;

export type EnrichmentData = { fetchedAt: string; pages: string[]; findings: Findings; proposals: Proposal[] };
export type EnrichClientResult = {
  client: { id: number; number: string; name: string };
  state: 'succeeded' | 'skipped' | 'failed';
  reason: string | null;
  data: EnrichmentData | null;
  activityId: number;
};

export async function enrichClient({ ctx, input, options = {} }: { ctx: Ctx; input: unknown; options?: FetchOptions }): Promise<EnrichClientResult> {
  const { client: ref } = parseInput(EnrichClientInput, input);
  requireClientAccess(ctx.actor);
  const client = await resolveClient(ctx.db, ctx, ref);
  let state: EnrichClientResult['state'] = 'succeeded';
  let reason: string | null = null;
  let data: EnrichmentData | null = null;

  if (!client.website) {
    state = 'skipped';
    reason = `${client.name} has no website to read. Add one first (e.g. "set Acme's website to acme.com").`;
  } else {
    const home = /^https?:\/\//i.test(client.website) ? client.website : `https://${client.website}`;
    const fetchOpts = { ...options, signal: options.signal ?? AbortSignal.timeout(TOTAL_TIMEOUT_MS) };
    try {
      const first = await fetchPage(ctx, home, fetchOpts);
      const pages = [first];
      for (const url of likelyPages(first.url, first.html)) {
        // A missing "about" page is normal: only the home page must load.
        pages.push(await fetchPage(ctx, url, fetchOpts).catch(() => null as never));
      }
      const read = pages.filter(Boolean);
      const findings = extractFindings(read);
      const people = await ctx.db.select({ email: contacts.email }).from(contacts).where(eq(contacts.clientId, client.id));
      const proposals = proposeChanges(findings, client, people.map((p) => p.email ?? ''));
      data = { fetchedAt: ctx.now().toISOString(), pages: read.map((p) => p.url), findings, proposals };
    } catch (err) {
      if (!isDomainError(err)) ctx.log.warn({ err, clientId: client.id }, 'enrichment failed');
      state = 'failed';
      reason = isDomainError(err) ? err.message : `Reading ${home} failed: ${(err as Error).message}`;
    }
  }

  const activityId = await ctx.db.transaction(async (tx) => {
    await tx.update(clients).set({
      enrichmentState: state, enrichmentError: state === 'succeeded' ? null : reason, enrichedAt: ctx.now(),
      // A failed or skipped run keeps the last good proposals.
      ...(data ? { enrichmentData: data } : {}),
    }).where(and(eq(clients.workspaceId, ctx.actor.workspaceId), eq(clients.id, client.id)));
    const summary = state === 'succeeded'
      ? `Read ${client.name}'s website: ${data!.proposals.length} proposed change${data!.proposals.length === 1 ? '' : 's'}`
      : `Enrichment of ${client.name} ${state}: ${reason}`;
    return recordActivity(tx, ctx, {
      verb: 'client.enriched', entityType: 'client', entityId: client.id, clientId: client.id, summary,
      after: { enrichmentState: state, proposals: data?.proposals.map((p) => p.field) ?? [] },
    });
  });
  return { client: { id: client.id, number: client.number, name: client.name }, state, reason, data, activityId };
}

/** Same-site links that look like about/contact/imprint pages, else the usual paths; at most four. */
function likelyPages(homeUrl: string, html: string): string[] {
  const home = new URL(homeUrl);
  const found = new Set<string>();
  for (const m of html.matchAll(/href\s*=\s*["']([^"'#]+)["']/gi)) {
    try {
      const u = new URL(m[1], home);
      if (u.host === home.host && LIKELY.test(u.pathname)) found.add(u.origin + u.pathname);
    } catch { /* not a URL */ }
  }
  for (const p of DEFAULT_PATHS) if (found.size < MAX_EXTRA_PAGES && ![...found].some((f) => f.toLowerCase().endsWith(p))) found.add(new URL(p, home).href);
  return [...found].filter((u) => u !== home.href).slice(0, MAX_EXTRA_PAGES);
}

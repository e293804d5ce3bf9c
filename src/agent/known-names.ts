// The workspace's names for the offline reader, cached per workspace and reloaded only when they changed.
import type { Ctx } from '../context';
import { knownNamesVersion, listKnownNames, type KnownNameLists } from '../domain/clients/list-known-names';

const cache = new Map<number, { version: number; names: KnownNameLists }>();

export async function knownNamesFor(ctx: Ctx): Promise<KnownNameLists> {
  const version = await knownNamesVersion({ ctx });
  const hit = cache.get(ctx.actor.workspaceId);
  if (hit && hit.version === version) return hit.names;
  const names = await listKnownNames({ ctx });
  cache.set(ctx.actor.workspaceId, { version, names });
  return names;
}

/** The built-in offline model (src/agent/model.ts): it reads the workspace's names and answers each step at once. */
export const answersAtOnce = (model: unknown) => typeof model === 'object' && model !== null && (model as { provider?: string }).provider === 'clientele';

/** Provider options that hand the offline model the workspace's names; other models get none (the names never leave). */
export async function readerOptions(model: unknown, ctx: Ctx): Promise<{ clientele: { knownNames: KnownNameLists } } | undefined> {
  return answersAtOnce(model) ? { clientele: { knownNames: await knownNamesFor(ctx) } } : undefined;
}

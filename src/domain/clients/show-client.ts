// The client card: every field, what invoicing still needs, contacts, projects, invoices, notes and balance.
import type { Ctx } from '../../context';
import { requireClientAccess } from '../access';
import { parseInput } from '../normalize/parse-input';
import { buildClientView } from './get-client-view';
import { resolveClient } from './resolve-client';
import { ClientRefInput } from './schemas';
import type { ClientView } from './views';

export async function showClient({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ClientView> {
  requireClientAccess(ctx.actor);
  const { client } = parseInput(ClientRefInput, input);
  const row = await resolveClient(ctx.db, ctx, client);
  return buildClientView(ctx.db, ctx, row);
}

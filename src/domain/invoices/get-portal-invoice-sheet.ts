// One invoice as the portal prints it: the portal's own read (scoped to the signed-in contact's client: any other
// id is the same NotFound) plus who it is billed to (the client's name, billing address and tax ID).
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { clients } from '../../db/schema';
import { NotFound } from '../../errors';
import { countryName } from '../normalize/country';
import { getPortalInvoice } from '../portal/get-portal-records';
import { requireContact } from '../portal/portal-actor';

export type BillTo = { name: string; lines: string[]; taxId: string | null };
export type PortalInvoiceSheet = Awaited<ReturnType<typeof getPortalInvoice>> & { billTo: BillTo };

export async function getPortalInvoiceSheet({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<PortalInvoiceSheet> {
  const me = requireContact(ctx.actor);
  const record = await getPortalInvoice({ ctx, input });
  const [c] = await ctx.db.select().from(clients).where(and(eq(clients.id, me.clientId), eq(clients.workspaceId, me.workspaceId)));
  if (!c) throw new NotFound('invoice');
  const cityLine = [c.postalCode, c.city].filter(Boolean).join(' ');
  const lines = [c.addressLine1, c.addressLine2, [cityLine, c.region].filter(Boolean).join(', '), countryName(c.country)]
    .filter((l): l is string => !!l && l.trim() !== '');
  return { ...record, billTo: { name: c.name, lines, taxId: c.taxId } };
}

// The documents a signed-in portal contact sees: the shared, live documents of their own client, nothing else.
import type { Ctx } from '../../context';
import { requireContact } from '../portal/portal-actor';
import { listClientDocuments, type DocumentView } from './document-views';

export async function listPortalDocuments({ ctx }: { ctx: Ctx }): Promise<DocumentView[]> {
  const me = requireContact(ctx.actor);
  return listClientDocuments(ctx.db, me.workspaceId, me.clientId, { sharedOnly: true });
}

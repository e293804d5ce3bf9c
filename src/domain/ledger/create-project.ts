// Starts a project for a client. Names are unique within a client (case aside), so invoices can name their project.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { projects } from '../../db/schema';
import { Conflict } from '../../errors';
import { requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { buildClientView } from '../clients/get-client-view';
import { resolveClient } from '../clients/resolve-client';
import type { ClientView } from '../clients/views';
import { parseInput } from '../normalize/parse-input';
import { CreateProjectInput } from './schemas';
import { toProjectView, type ProjectView } from './views';

export type CreateProjectResult = { project: ProjectView; client: ClientView; activityId: number };

export async function createProject({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<CreateProjectResult> {
  requireClientAccess(ctx.actor);
  const data = parseInput(CreateProjectInput, input);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, data.client);
    const ws = ctx.actor.workspaceId;
    const [same] = await tx.select({ id: projects.id }).from(projects)
      .where(and(eq(projects.workspaceId, ws), eq(projects.clientId, client.id), sql`lower(${projects.name}) = lower(${data.name})`)).limit(1);
    if (same) throw new Conflict(`${client.name} already has a project named "${data.name}".`, { projectId: same.id });
    const now = ctx.now();
    const [row] = await tx.insert(projects).values({
      workspaceId: ws, clientId: client.id, name: data.name, status: data.status ?? 'active', createdAt: now, updatedAt: now,
    }).returning();
    const project = toProjectView(row);
    const activityId = await recordActivity(tx, ctx, {
      verb: 'project.created', entityType: 'project', entityId: row.id, clientId: client.id,
      summary: `Created the project ${row.name} for ${client.name}`, before: null, after: { ...project },
    });
    return { project, client: await buildClientView(tx, ctx, { ...client, lastActivityAt: now }), activityId };
  });
}

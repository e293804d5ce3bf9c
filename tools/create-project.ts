import { z } from 'zod';
import { createProject } from '../src/domain/ledger/create-project';
import { clientRef } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const CreateProjectInput = z.object({
  client: clientRef,
  name: z.string().min(1),
  status: z.enum(['planned', 'active', 'on_hold', 'completed', 'cancelled']).optional(),
});
type Input = z.infer<typeof CreateProjectInput>;

export const createProjectTool: ToolDescriptor<Input> = {
  name: 'createProject',
  description: 'Starts a project for a client (status planned, active, on_hold, completed or cancelled; default active).',
  input: CreateProjectInput,
  risk: 'write',
  summarize: (input) => `Create the project ${input.name} for ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await createProject({ ctx, input });
    return clientChange(`Created the project ${r.project.name} (${r.project.status.replace('_', ' ')}) for ${clientLabel(r.client)}.`,
      r.client, r.activityId, `Remove the project ${r.project.name}`);
  }),
};

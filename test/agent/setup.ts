// A workspace with one member per role, agent deps on its database, and a ctx for any of them.
import type { LanguageModel } from 'ai';
import type { Role } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { createTestDeps, type TestDeps } from '../support/deps';
import { seedWorkspace, type SeededWorkspace } from '../support/factories';

export type AgentFixture = { deps: TestDeps; ws: SeededWorkspace; ctxFor(role: Role, ws?: SeededWorkspace): ReturnType<typeof makeCtx> };

export async function agentFixture(model?: LanguageModel): Promise<AgentFixture> {
  const deps = await createTestDeps(model ? { overrides: { model } } : {});
  const ws = await seedWorkspace(deps.db, { currency: 'EUR' });
  return { deps, ws, ctxFor: (role, w = ws) => makeCtx(deps, w.actors[role]) };
}

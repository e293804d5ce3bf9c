import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { resolveMember } from '../../../src/domain/members/resolve-member';
import { useFixture } from './fixture';

const f = useFixture();

describe('resolveMember', () => {
  it('finds a member by name (any case, partial), email, Slack id or "me", within the workspace', async () => {
    await f.t.db.update(members).set({ slackUserId: 'U123ABC', name: 'Bob Builder' }).where(eq(members.id, f.a.actors.admin.memberId));
    const ctx = f.ctx();
    expect((await resolveMember(f.t.db, ctx, 'bob builder')).id).toBe(f.a.actors.admin.memberId);
    expect((await resolveMember(f.t.db, ctx, 'build')).id).toBe(f.a.actors.admin.memberId);
    expect((await resolveMember(f.t.db, ctx, 'U123ABC')).id).toBe(f.a.actors.admin.memberId);
    expect((await resolveMember(f.t.db, ctx, '<@U123ABC>')).id).toBe(f.a.actors.admin.memberId);
    expect((await resolveMember(f.t.db, ctx, 'OWNER.1@studio.test')).id).toBe(f.a.actors.owner.memberId);
    expect((await resolveMember(f.t.db, ctx, 'me')).id).toBe(f.a.actors.manager.memberId);
  });

  it('is Ambiguous with candidates, NotFound otherwise, and never crosses workspaces', async () => {
    const ctx = f.ctx();
    const err = await resolveMember(f.t.db, ctx, 'er 1').catch((e) => e);
    expect(err).toMatchObject({ code: 'ambiguous' });
    expect(err.candidates.length).toBeGreaterThan(1);
    await expect(resolveMember(f.t.db, ctx, 'owner.2@studio.test')).rejects.toMatchObject({ code: 'not_found' });
    await expect(resolveMember(f.t.db, ctx, 'Owner 2')).rejects.toMatchObject({ code: 'not_found' });
  });
});

// clientOwnerChoices, what the client page's owner select offers, is exactly whom updateClient accepts as owner:
// every teammate still in the team whatever their role, and no removed one.
import { describe, expect, it } from 'vitest';
import { updateClient } from '../../../src/domain/clients/update-client';
import { clientOwnerChoices } from '../../../src/domain/members/client-owner-rule';
import { removeMember } from '../../../src/domain/members/remove-member';
import { seedClient } from '../exports/seed';
import { useMemberFixture } from '../activity/member-fixture';

const f = useMemberFixture();

describe('clientOwnerChoices', () => {
  it('lists exactly the teammates updateClient accepts as owner, a member-role one too, by name', async () => {
    const { owner, admin, manager, member } = f.ws.actors;
    await removeMember({ ctx: f.ctx('owner'), input: { member: manager.memberId } });
    const choices = await clientOwnerChoices(f.ctx('manager'));
    expect(choices).toEqual([admin, member, owner].map((a) => ({ id: a.memberId, label: a.name })));

    const { client } = await seedClient(f.db.db, f.ws.workspaceId, { name: 'Acme Robotics' });
    const accepted: number[] = [];
    for (const a of [owner, admin, manager, member]) {
      const r = await updateClient({ ctx: f.ctx('owner'), input: { client: `id:${client.id}`, owner: a.memberId } }).catch(() => null);
      if (r) accepted.push(a.memberId);
    }
    expect(accepted.sort()).toEqual(choices.map((c) => c.id).sort());
  });
});

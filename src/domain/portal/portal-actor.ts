// Portal reads and writes act only as a signed-in contact, scoped to that contact's client.
import type { Actor, ContactActor } from '../../context';
import { Forbidden } from '../../errors';

export function requireContact(actor: Actor): ContactActor {
  if (actor.kind !== 'contact' || actor.channel !== 'portal') throw new Forbidden('Only a signed-in portal contact can do this.');
  return actor;
}

export const units = (cents: number) => Math.round(cents) / 100;

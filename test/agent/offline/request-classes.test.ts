// Classes of request found in blind sets: clients declared rather than added, outreach and enrichment in many
// phrasings, sort-only lists, and references that must end where their clause ends.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};
const one = (tool: string, args: Record<string, unknown>) => [{ tool, args }];

describe('declarative creation: a client stated as a fact is created, with a status only when one is said', () => {
  it.each([
    ['Brightwater Cafe is a lead, site <https://brightwater.cafe|brightwater.cafe>', { name: 'Brightwater Cafe', status: 'lead', website: 'brightwater.cafe' }],
    ['Brightwater Cafe is a new client', { name: 'Brightwater Cafe' }],
    ['Kiln & Co is a new active client, email hi@kiln.co', { name: 'Kiln & Co', status: 'active', email: 'hi@kiln.co' }],
    ['Polaris Legal is a prospect - based in Dublin, Ireland', { name: 'Polaris Legal', status: 'lead', address: { city: 'Dublin', country: 'IE' } }],
    ["we've got a new lead: Ember Yoga, ember-yoga.com", { name: 'Ember Yoga', status: 'lead', website: 'ember-yoga.com' }],
    ["there's a new client - Ember Yoga, phone 020 7946 0011", { name: 'Ember Yoga', phone: '020 7946 0011' }],
    ['new client: Ember Yoga, <https://emberyoga.co.uk/|emberyoga.co.uk>', { name: 'Ember Yoga', website: 'emberyoga.co.uk' }],
    ['/client Ember Yoga, prospect, emberyoga.co.uk', { name: 'Ember Yoga', status: 'lead', website: 'emberyoga.co.uk' }],
    ['please set up a client record for Ember Yoga', { name: 'Ember Yoga' }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(one('createClient', args));
  });

  it('keeps a status change of a client we have an update', () => {
    expect(calls('Kiln & Co is a lead again')).toEqual(one('updateClient', { client: 'Kiln & Co', status: 'lead' }));
    expect(calls('Wayne Enterprises is a former client now')).toEqual(one('updateClient', { client: 'Wayne Enterprises', status: 'past' }));
    expect(calls('Kiln & Co is an active client')).toEqual(one('updateClient', { client: 'Kiln & Co', status: 'active' }));
  });

  it('reads the statement in a /client command too', () => {
    expect(calls('/client Brightwater Cafe is a lead')).toEqual(one('createClient', { name: 'Brightwater Cafe', status: 'lead' }));
  });
});

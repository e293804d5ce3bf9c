// Every template renders with its preview props to HTML and plain text, and shows what the reader needs.
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { templates, toParagraphs } from '../../emails';
import Outreach from '../../emails/outreach';
import { renderEmail } from '../../src/mail/render-email';

// What a reader must see in each email (taken from its preview props).
const visible: Record<string, (p: any) => string[]> = {
  'portal-invite': (p) => [p.link, p.contactName, p.clientName, p.workspaceName, p.inviterName, p.portalUrl],
  'portal-sign-in': (p) => [p.link, p.contactName, p.clientName, p.workspaceName],
  'team-sign-in': (p) => Object.values(p).filter((v): v is string => typeof v === 'string' && v.startsWith('http')),
  invoice: (p) => [p.number, p.amount, p.paid, p.balance, p.dueOn, p.viewUrl, p.clientName, p.workspaceName],
  'client-message': (p) => [p.link, p.contactName, p.clientName, p.workspaceName, ...p.messages.flatMap((m: any) => [m.authorName, m.body])],
  'quote-sent': (p) => [p.number, p.title, p.amount, p.validUntil, p.portalUrl, p.contactName, p.clientName, p.workspaceName, p.senderName],
  outreach: (p) => [p.senderName, p.workspaceName, ...p.paragraphs.map((x: string) => x.slice(0, 40))],
};

describe('email templates', () => {
  for (const [name, entry] of Object.entries(templates) as Array<[string, { component: any; previewProps: any }]>) {
    it(`${name} renders its preview props to HTML and plain text`, async () => {
      const { html, text } = await renderEmail(createElement(entry.component, entry.previewProps));
      expect(html).toMatch(/^<!DOCTYPE html/i);
      expect(text).not.toMatch(/<[a-z]/i);
      const expected = (visible[name] ?? (() => []))(entry.previewProps).filter(Boolean);
      expect(expected.length, `the test knows what ${name} must show`).toBeGreaterThan(0);
      for (const s of expected) {
        expect(text, `plain text of ${name} shows ${s}`).toContain(s);
        expect(html.replaceAll('&amp;', '&').replaceAll('&#x27;', "'"), `HTML of ${name} shows ${s}`).toContain(s);
      }
      for (const link of expected.filter((s) => s.startsWith('http'))) expect(html).toContain(`href="${link}"`);
    });
  }

  it('escapes what people typed instead of rendering it as markup', async () => {
    const { html, text } = await renderEmail(createElement(Outreach, {
      subject: 'x', paragraphs: ['<img src=x onerror=alert(1)> & "quotes"'], senderName: '<b>Sam</b>', workspaceName: 'A&B',
    }));
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<b>Sam</b>');
    expect(text).toContain('<img src=x onerror=alert(1)> & "quotes"');
  });

  it('splits a draft body into paragraphs on blank lines, keeping single line breaks', () => {
    expect(toParagraphs('Hi Jane,\r\n\r\nLine one\nline two\n\n\n  \nBest,\nSam')).toEqual(['Hi Jane,', 'Line one\nline two', 'Best,\nSam']);
  });
});

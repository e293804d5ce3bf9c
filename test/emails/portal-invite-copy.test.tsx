// The portal invitation tells a client's contact what the portal holds now (issue 14): besides projects and
// invoices, the quotes waiting for them, the documents the team shares and the message thread with the team.
import { createElement } from 'react';
import { expect, it } from 'vitest';
import { templates } from '../../emails';
import { renderEmail } from '../../src/mail/render-email';

it('names quotes, shared documents and writing to the team, as well as projects and invoices', async () => {
  const entry = templates['portal-invite'];
  const { text } = await renderEmail(createElement(entry.component as never, entry.previewProps as never));
  const said = text.replace(/\s+/g, ' ');
  for (const what of ['follow your projects', 'invoices and payments', 'accept or decline quotes', 'download the documents shared with you', 'write to the team']) {
    expect(said).toContain(what);
  }
});

// Renders and sends the two portal emails (invitation, sign-in link) to the address stored on the contact.
import { portalInviteSubject } from '../../../emails/portal-invite';
import { portalSignInSubject } from '../../../emails/portal-sign-in';
import type { Ctx } from '../../context';
import { renderTemplate } from '../../mail/render-email';
import { PORTAL_LINK_TTL_HOURS, portalHomeUrl, portalLinkUrl } from './policy';
import type { PortalTarget } from './portal-targets';

export async function sendPortalEmail(
  ctx: Ctx, target: PortalTarget, token: string,
  opts: { kind: 'invite'; inviterName: string | null; idempotencyKey: string } | { kind: 'sign-in'; idempotencyKey: string; next?: string },
) {
  const link = portalLinkUrl(ctx.config.publicUrl, token, opts.kind === 'sign-in' ? opts.next : undefined);
  const common = { workspaceName: target.workspaceName, clientName: target.clientName, contactName: target.contactName, link, expiresInHours: PORTAL_LINK_TTL_HOURS };
  const subject = opts.kind === 'invite' ? portalInviteSubject(common) : portalSignInSubject(common);
  const { html, text } = opts.kind === 'invite'
    ? await renderTemplate('portal-invite', { ...common, inviterName: opts.inviterName, portalUrl: portalHomeUrl(ctx.config.publicUrl) })
    : await renderTemplate('portal-sign-in', common);
  return ctx.mailer.send({
    to: target.email, subject, html, text, links: [link], idempotencyKey: opts.idempotencyKey, tags: { kind: `portal-${opts.kind}` },
  });
}

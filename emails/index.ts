// Every email template, for the render test and for code that picks a template by name.
// Each entry: the component and the preview props it renders with in `npm run email:preview`.
import type { FunctionComponent } from 'react';
import ClientMessage, { PreviewProps as clientMessagePreview } from './client-message';
import InvoiceEmail, { PreviewProps as invoicePreview } from './invoice';
import Outreach, { PreviewProps as outreachPreview } from './outreach';
import PortalInvite, { PreviewProps as portalInvitePreview } from './portal-invite';
import PortalSignIn, { PreviewProps as portalSignInPreview } from './portal-sign-in';
import QuoteSent, { PreviewProps as quoteSentPreview } from './quote-sent';
import TeamSignIn, { PreviewProps as teamSignInPreview } from './team-sign-in';

export type TemplateEntry<P = any> = { component: FunctionComponent<P>; previewProps: P };

export const templates = {
  'portal-invite': { component: PortalInvite, previewProps: portalInvitePreview },
  'portal-sign-in': { component: PortalSignIn, previewProps: portalSignInPreview },
  'team-sign-in': { component: TeamSignIn, previewProps: teamSignInPreview },
  outreach: { component: Outreach, previewProps: outreachPreview },
  'quote-sent': { component: QuoteSent, previewProps: quoteSentPreview },
  'client-message': { component: ClientMessage, previewProps: clientMessagePreview },
  invoice: { component: InvoiceEmail, previewProps: invoicePreview },
} satisfies Record<string, TemplateEntry>;

export type TemplateName = keyof typeof templates;

export { Outreach, PortalInvite, PortalSignIn, TeamSignIn };
export type { OutreachProps } from './outreach';
export type { ClientMessageProps } from './client-message';
export type { PortalInviteProps } from './portal-invite';
export type { PortalSignInProps } from './portal-sign-in';
export { toParagraphs } from './outreach';
export { invoiceSubject } from './invoice';
export type { InvoiceEmailProps } from './invoice';
export { portalInviteSubject } from './portal-invite';
export { portalSignInSubject } from './portal-sign-in';
export { quoteSentSubject } from './quote-sent';
export type { QuoteSentProps } from './quote-sent';
export { teamSignInSubject } from './team-sign-in';

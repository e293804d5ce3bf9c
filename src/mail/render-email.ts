// Renders a React Email template once into the HTML and plain-text bodies both transports send.
// Callers name the template and pass its props, so code outside src/mail and emails/ never touches React.
// React, its server renderer and the templates load with the first email: they were a large part of what a
// start compiled and ran (issue 15, --cpu-prof of the production build), and most starts send no email.
import type { ComponentProps, ReactElement } from 'react';
import type { TemplateName, templates as Templates } from '../../emails/index';

let loaded: Promise<[typeof import('react'), typeof import('@react-email/render'), typeof import('../../emails/index')]> | undefined;
const load = () => (loaded ??= Promise.all([import('react'), import('@react-email/render'), import('../../emails/index')]));

export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [, { render }] = await load();
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

type PropsOf<N extends TemplateName> = ComponentProps<(typeof Templates)[N]['component']>;

export async function renderTemplate<N extends TemplateName>(name: N, props: PropsOf<N>): Promise<{ html: string; text: string }> {
  const [{ createElement }, , { templates }] = await load();
  // The generic lookup loses the pairing of name and props that the signature enforces.
  const component = templates[name].component as unknown as (p: object) => ReactElement;
  return renderEmail(createElement(component, props as object));
}

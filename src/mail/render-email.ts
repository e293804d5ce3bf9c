// Renders a React Email template once into the HTML and plain-text bodies both transports send.
// Callers name the template and pass its props, so code outside src/mail and emails/ never touches React.
import { createElement, type ComponentProps, type ReactElement } from 'react';
import { render } from '@react-email/render';
import { templates, type TemplateName } from '../../emails/index';

export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

type PropsOf<N extends TemplateName> = ComponentProps<(typeof templates)[N]['component']>;

export function renderTemplate<N extends TemplateName>(name: N, props: PropsOf<N>): Promise<{ html: string; text: string }> {
  // The generic lookup loses the pairing of name and props that the signature enforces.
  const component = templates[name].component as unknown as (p: object) => ReactElement;
  return renderEmail(createElement(component, props as object));
}

// The assistant's answers as Markdown, through react-markdown: it builds React elements (no HTML string, so
// nothing to sanitise after the fact), drops raw HTML in the text (skipHtml) and keeps only safe link protocols
// (its default urlTransform turns javascript: and the like into an empty link).
import ReactMarkdown, { type Components } from 'react-markdown';

const components: Components = {
  // Links the model writes leave the chat in a new tab; our own paths (/clients/12) stay in it.
  a: ({ href, children }) => (href && /^https?:/i.test(href)
    ? <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>
    : <a href={href}>{children}</a>),
  img: ({ alt }) => <span>{alt}</span>,
};

export const Markdown = ({ text }: { text: string }) => (
  <div className="bubble md"><ReactMarkdown skipHtml components={components}>{text}</ReactMarkdown></div>
);

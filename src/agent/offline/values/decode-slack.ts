// Slack's message encoding to plain text: <@U123> mentions, <mailto:a@b|a@b>, <https://x|label>, <#C1|name>,
// <!here>, and the &amp; &lt; &gt; escapes. A leading mention (the bot's) is dropped.
export function decodeSlack(text: string): string {
  let out = text.replace(/^\s*(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/, '');
  out = out.replace(/<mailto:([^|>]+)(?:\|[^>]*)?>/g, (_m, addr: string) => addr);
  out = out.replace(/<(https?:\/\/[^|>]+)(?:\|([^>]*))?>/g, (_m, url: string, label?: string) => (label?.trim() ? label : url));
  out = out.replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, (_m, id: string) => `@${id}`);
  // A channel by its id: the id is what a setting stores, the name can change.
  out = out.replace(/<#([CG][A-Z0-9]+)(?:\|[^>]*)?>/g, (_m, id: string) => `#${id}`);
  out = out.replace(/<![^>]*>/g, '');
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

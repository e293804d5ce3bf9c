// Reads what a company publishes about itself from its pages' HTML: description, industry hints, social
// profiles, finance/billing addresses, phone and postal address (schema.org JSON-LD, tel: links, <address>).
export type Findings = {
  description: string | null;
  industry: string | null;
  industryHints: string[];
  linkedin: string | null;
  socials: string[];
  financeEmails: string[];
  emails: string[];
  phone: string | null;
  address: { line1: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null } | null;
};

const INDUSTRIES: Array<[string, RegExp]> = [
  ['Software', /\b(software|saas|web app|developer tools|cloud platform)\b/i],
  ['Marketing', /\b(marketing|advertising|seo|branding) (agency|studio|services)\b/i],
  ['Design', /\b(design studio|graphic design|ux design|product design)\b/i],
  ['Consulting', /\b(consulting|consultancy|advisory)\b/i],
  ['Legal', /\b(law firm|attorneys?|lawyers?|rechtsanw[aä]lte)\b/i],
  ['Accounting', /\b(accounting|bookkeeping|tax advis[oe]rs?|steuerberat)\w*/i],
  ['Architecture', /\b(architects?|architecture|architektur)\b/i],
  ['Manufacturing', /\b(manufactur\w*|industrial|factory|machinery)\b/i],
  ['E-commerce', /\b(online shop|e-?commerce|webshop)\b/i],
  ['Healthcare', /\b(clinic|healthcare|medical|dental|praxis)\b/i],
  ['Hospitality', /\b(restaurant|hotel|caf[eé]|catering)\b/i],
  ['Real estate', /\b(real estate|property management|immobilien)\b/i],
  ['Education', /\b(school|academy|training courses|university)\b/i],
  ['Finance', /\b(bank|fintech|insurance|investment)\b/i],
  ['Construction', /\b(construction|builders?|bauunternehmen)\b/i],
];
const FINANCE_LOCAL = /^(billing|accounts?|accounting|finance|invoices?|ar|payables|receivables|buchhaltung|rechnung(en)?)$/i;

const decode = (s: string) => s
  .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;|&apos;/g, "'")
  .replace(/&nbsp;/g, ' ').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
const safeDecode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

function meta(html: string, key: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const name = tag.match(/\b(?:name|property)\s*=\s*["']([^"']+)["']/i)?.[1];
    if (name?.toLowerCase() !== key) continue;
    const content = tag.match(/\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i);
    const value = decode(content?.[1] ?? content?.[2] ?? '').trim();
    if (value) return value;
  }
  return null;
}

function jsonLdAddresses(html: string): Findings['address'][] {
  const out: Findings['address'][] = [];
  for (const m of html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) {
          v.forEach(walk);
          return;
        }
        if (!v || typeof v !== 'object') return;
        const o = v as Record<string, unknown>;
        if (o['@type'] === 'PostalAddress' || ('streetAddress' in o && 'addressLocality' in o)) {
          const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string).trim() : null);
          const country = typeof o.addressCountry === 'object' && o.addressCountry ? (o.addressCountry as { name?: string }).name ?? null : s('addressCountry');
          out.push({ line1: s('streetAddress'), city: s('addressLocality'), region: s('addressRegion'), postalCode: s('postalCode'), country });
        }
        Object.values(o).forEach(walk);
      };
      walk(JSON.parse(m[1]));
    } catch { /* not JSON: ignore */ }
  }
  return out;
}

export function extractFindings(pages: Array<{ url: string; html: string }>): Findings {
  const home = pages[0]?.html ?? '';
  const all = pages.map((p) => p.html).join('\n');
  const firstParagraph = [...home.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => textOf(m[1])).find((t) => t.length >= 40) ?? null;
  const description = (meta(home, 'description') ?? meta(home, 'og:description') ?? firstParagraph)?.slice(0, 500) ?? null;

  const links = [...all.matchAll(/href\s*=\s*["']([^"']+)["']/gi)].map((m) => decode(m[1]));
  const socials = [...new Set(links.filter((l) => /^https?:\/\/([a-z]+\.)?(linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|github\.com)\//i.test(l))
    .map((l) => l.replace(/[?#].*$/, '').replace(/\/+$/, '')))];
  const linkedin = socials.find((s) => /linkedin\.com\/(company|in)\//i.test(s)) ?? null;

  const mailtos = links.filter((l) => /^mailto:/i.test(l)).map((l) => l.slice(7).split('?')[0]);
  // Only words holding an "@" are matched, so a megabyte of text cannot make the pattern backtrack for long.
  const plain = textOf(all.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')).split(/[\s<>()"',;:]+/)
    .filter((w) => w.includes('@') && w.length <= 254).flatMap((w) => w.match(/^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/) ?? []);
  const emails = [...new Set([...mailtos, ...plain].map((e) => safeDecode(e).trim().toLowerCase()).filter((e) => /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(e)))];
  const financeEmails = emails.filter((e) => FINANCE_LOCAL.test(e.split('@')[0]));

  const tel = links.find((l) => /^tel:/i.test(l))?.slice(4).replace(/%20/g, ' ').trim() ?? null;
  const ldPhone = all.match(/"telephone"\s*:\s*"([^"]+)"/)?.[1] ?? null;
  const phone = tel || ldPhone;

  const ld = jsonLdAddresses(all)[0] ?? null;
  const tagAddress = all.match(/<address\b[^>]*>([\s\S]*?)<\/address>/i)?.[1];
  const address = ld ?? (tagAddress ? parseAddressText(textOf(tagAddress.replace(/<br\s*\/?>/gi, '\n'))) : null);

  const text = textOf(all.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' '));
  const hints = INDUSTRIES.filter(([, re]) => re.test(text) || (description ? re.test(description) : false)).map(([name]) => name);
  const industry = INDUSTRIES.find(([, re]) => description && re.test(description))?.[0] ?? hints[0] ?? null;

  return { description, industry, industryHints: hints, linkedin, socials, financeEmails, emails, phone, address };
}

/** "Hauptstr. 1, 10115 Berlin" / "1 Main St, Springfield, IL 62701": best effort, street and postcode+city. */
function parseAddressText(text: string): Findings['address'] {
  const parts = text.split(/\s*[,\n]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const pc = parts.map((p) => p.match(/^(\d{4,5})\s+(.+)$/) ?? p.match(/^(.+?)\s+([A-Z]{2})\s+(\d{5})$/)).findIndex(Boolean);
  if (pc < 0) return { line1: parts[0], city: parts[1] ?? null, region: null, postalCode: null, country: null };
  const eu = parts[pc].match(/^(\d{4,5})\s+(.+)$/);
  if (eu) return { line1: parts.slice(0, pc).join(', ') || null, city: eu[2], region: null, postalCode: eu[1], country: parts[pc + 1] ?? null };
  const us = parts[pc].match(/^(.+?)\s+([A-Z]{2})\s+(\d{5})$/)!;
  return { line1: parts.slice(0, pc).join(', ') || null, city: us[1], region: us[2], postalCode: us[3], country: parts[pc + 1] ?? null };
}

// Matches a file's headers to client fields by the names other tools export them under (declared once, in
// clients/client-fields.ts). A field may be read from several columns, in order: the more specific name first,
// repeated names after, and the billing address before a plain or shipping one; a row takes the first that has a
// value. Export-only columns (balances, timestamps) are known and ignored; anything else is reported as unmatched.
import { ADDRESS_PREFIXES, CLIENT_FIELDS, type ClientFieldKey, EXPORT_ONLY_HINTS } from '../clients/client-fields';
import { sentenceLabel } from '../clients/client-forms';

export type ImportField = ClientFieldKey;
export const IMPORT_FIELDS: readonly ImportField[] = CLIENT_FIELDS.map((f) => f.key);
export type AddressSource = 'billing' | 'main' | 'shipping';
export type ColumnUse = { index: number; header: string; field: ImportField; source: AddressSource | null; rank: number };

export type HeaderMatch = {
  /** Field -> the columns it is read from, in the order they are tried. */
  uses: Map<ImportField, ColumnUse[]>;
  fieldsUsed: Set<ImportField>;
  matched: Array<{ header: string; field: ImportField; label: string; note?: string }>;
  unmatched: string[];
  ignored: Array<{ header: string; reason: string }>;
};

type Hit = { field: ImportField; rank: number };
const DIRECT = new Map<string, Hit>();
const ADDRESS = new Map<string, Hit>();
const ELSE = new Map<string, ImportField>();
for (const f of CLIENT_FIELDS as readonly { key: ImportField; hints: readonly string[]; address?: true; prefixedHints?: readonly string[]; elseHints?: readonly string[] }[]) {
  f.hints.forEach((h, rank) => {
    if (!DIRECT.has(h)) DIRECT.set(h, { field: f.key, rank });
    if (f.address && !ADDRESS.has(h)) ADDRESS.set(h, { field: f.key, rank });
  });
  f.prefixedHints?.forEach((h, i) => { ADDRESS.set(h, { field: f.key, rank: f.hints.length + i }); });
  for (const h of f.elseHints ?? []) ELSE.set(h, f.key);
}
const LABEL = new Map<ImportField, string>(CLIENT_FIELDS.map((f) => [f.key, sentenceLabel(f.label)]));
const EXPORT_ONLY = new Set(EXPORT_ONLY_HINTS);
const FIGURES = /^(revenue|balance|outstanding|paidtodate|overdue|unusedcredits|openingbalance)/;
const PREFIXES: Array<[string, AddressSource]> = [
  ...ADDRESS_PREFIXES.billing.map((p): [string, AddressSource] => [p, 'billing']),
  ...ADDRESS_PREFIXES.shipping.map((p): [string, AddressSource] => [p, 'shipping']),
].sort((a, b) => b[0].length - a[0].length);
const SOURCE_ORDER: AddressSource[] = ['billing', 'main', 'shipping'];

export const headerKey = (h: string) => h.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
export const fieldLabel = (field: ImportField): string => LABEL.get(field) ?? field;

// "Organization - Name", "Organization - City/town/village/locality of Address" (Pipedrive): a prefix most columns share.
const ENTITY = /^\s*(organization|organisation|company|account|person|contact|deal|client|customer)\s+-\s+(.+)$/i;
function commonEntityPrefix(headers: string[]): string | null {
  const counts = new Map<string, number>();
  for (const h of headers) {
    const m = ENTITY.exec(h);
    if (m) counts.set(m[1].toLowerCase(), (counts.get(m[1].toLowerCase()) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= headers.filter((h) => h.trim()).length ? best[0] : null;
}

function classify(key: string): { hit: Hit; source: AddressSource | null } | { ignore: string } | null {
  if (!key) return { ignore: 'no header' };
  const direct = DIRECT.get(key);
  if (direct) return { hit: direct, source: ADDRESS.has(key) ? 'main' : null };
  if (EXPORT_ONLY.has(key) || FIGURES.test(key)) return { ignore: 'figures or dates of the other tool, not client details' };
  for (const [prefix, source] of PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const hit = ADDRESS.get(key.slice(prefix.length));
    if (hit) return { hit, source };
    if (source === 'shipping' && /^(attention|attentionto|phone|fax|name)$/.test(key.slice(prefix.length))) return { ignore: 'shipping details' };
  }
  return null;
}

export function matchHeaders(headers: string[]): HeaderMatch {
  const entity = commonEntityPrefix(headers);
  const out: HeaderMatch = { uses: new Map(), fieldsUsed: new Set(), matched: [], unmatched: [], ignored: [] };
  const found: ColumnUse[] = [];
  const keys = headers.map((header) => {
    const m = entity ? ENTITY.exec(header) : null;
    return headerKey(m && m[1].toLowerCase() === entity ? m[2] : header);
  });
  headers.forEach((header, index) => {
    const c = classify(keys[index]);
    if (!c) out.unmatched.push(header);
    else if ('ignore' in c) out.ignored.push({ header, reason: c.ignore });
    else found.push({ index, header, field: c.hit.field, source: c.source, rank: c.hit.rank });
  });
  // Xero's "ContactName" (and the like) names the client when nothing else does.
  if (!found.some((u) => u.field === 'name')) {
    for (const u of found) if (ELSE.has(keys[u.index])) u.field = ELSE.get(keys[u.index])!;
  }
  const byField = new Map<ImportField, ColumnUse[]>();
  for (const u of found) byField.set(u.field, [...(byField.get(u.field) ?? []), u]);
  for (const [field, list] of byField) {
    list.sort((a, b) => SOURCE_ORDER.indexOf(a.source ?? 'main') - SOURCE_ORDER.indexOf(b.source ?? 'main') || a.rank - b.rank || a.index - b.index);
    out.uses.set(field, list);
    out.fieldsUsed.add(field);
  }
  const sources = new Set(found.filter((u) => u.source).map((u) => u.source));
  for (const u of [...found].sort((a, b) => a.index - b.index)) {
    const list = byField.get(u.field)!;
    const first = list.find((x) => x.source === u.source)!;
    const notes: string[] = [];
    if (u.source === 'billing' && sources.size > 1) notes.push('billing address');
    if (u.source === 'main' && sources.has('billing')) notes.push('for rows without a billing address');
    if (u.source === 'shipping') notes.push(sources.size > 1 ? 'shipping address, for rows without another address' : 'shipping address');
    if (first !== u) notes.push(`when "${first.header}" is empty`);
    out.matched.push({ header: u.header, field: u.field, label: fieldLabel(u.field), ...(notes.length ? { note: notes.join(', ') } : {}) });
  }
  return out;
}

/** How well a line reads as a header: the number of columns it names (a title or export banner names none). */
export function headerScore(cells: string[]): number {
  const m = matchHeaders(cells.map((c) => c.trim()));
  const named = m.fieldsUsed.has('name') || m.fieldsUsed.has('email') || m.fieldsUsed.has('idNumber') ? 1 : 0;
  return m.matched.length + m.ignored.filter((i) => i.reason !== 'no header').length + named;
}

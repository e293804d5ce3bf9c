// What a business is, said in passing: "X, a travel company in Sydney", "an architecture firm in Lyon",
// "they're a design agency in Auckland", "a Berlin-based fintech", "X (healthcare)". Gives the industry and
// leaves the place in the text as "in <place>" for the address reader.
import { INDUSTRY_WORDS } from './lexicon';

const KIND = String.raw`(?:company|companies|firm|agency|studio|business|startup|start-up|practice|shop|store|brand|group|consultancy|consultants|manufacturer|maker|retailer|outfit|operator|provider|label|chain|collective|co-op|cooperative|platform|clinic|school|venue|house|partnership|supplier|distributor|wholesaler|producer)`;
const ADJ = /^(?:small|smallish|tiny|big|large|local|boutique|family-run|family-owned|independent|young|growing|fast-growing|leading|new|mid-sized|midsize|mid-size|global|international|regional|national|b2b|b2c|online|digital|full-service|well-known|top|premium|luxury|high-end|little|great|cool|friendly|medium-sized|medium)$/i;
const INTRO = String.raw`(?:(?:they(?:'re| are)|it(?:'s| is)|which is|who are|that is|this is|is)\s+)?`;
const PLACE = String.raw`(?:\s+(?:(?:based|located|headquartered)\s+)?(?:in|from|out of)\s+([^,;()]+))?`;
const DESC = new RegExp(String.raw`(^|[,;(]\s*|\s+-\s+|\s+)${INTRO}(?:an?|one)\s+((?:[\p{L}&'’-]+\s+){0,3}?)${KIND}\b${PLACE}`, 'iu');
const BASED = new RegExp(String.raw`(^|[,;(]\s*|\s+)${INTRO}(?:an?\s+)?(\p{Lu}[\p{L}.'’ -]*?)-based\s+([\p{L}&'’ -]+?)(?:\s+${KIND})?(?=\s*[,;()]|\s*$|\s+(?:with|and)\b)`, 'iu');
const PAREN = new RegExp(String.raw`\(\s*(${INDUSTRY_WORDS})(?:\s+(?:industry|sector))?\s*\)`, 'i');

export type Description = { industry?: string; city?: string; rest: string };

function industryOf(words: string): string | undefined {
  const kept = words.trim().split(/\s+/).filter((w) => w && !ADJ.test(w) && !/-based$/i.test(w));
  const out = kept.join(' ').toLowerCase();
  return out && !/^(?:client|customer|new|the|our)$/.test(out) ? out : undefined;
}

/** Finds a description in an attribute tail; `rest` is the tail without it ("in <place>" kept). */
export function describeBusiness(text: string): Description {
  const based = BASED.exec(text);
  if (based) {
    return { industry: industryOf(based[3]), city: based[2].trim(), rest: `${text.slice(0, based.index)}${based[1]} ${text.slice(based.index + based[0].length)}` };
  }
  const d = DESC.exec(text);
  if (d) {
    const place = d[3] ? `, in ${d[3].trim()}` : '';
    return { industry: industryOf(d[2]), rest: `${text.slice(0, d.index)}${place}${text.slice(d.index + d[0].length)}` };
  }
  const p = PAREN.exec(text);
  if (p) return { industry: p[1].toLowerCase(), rest: `${text.slice(0, p.index)} ${text.slice(p.index + p[0].length)}` };
  return { rest: text };
}

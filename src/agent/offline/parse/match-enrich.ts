// Enrichment in its many phrasings: "enrich X", "research X online", "auto-fill X from the web", "look up X's website
// and fill in what you can", "pull X's details from their site", "scrape X's website for their details". The website
// (or "online", "the web") is where the details come from; the reference ends before it.
import { call, type Matcher } from './clause';
import { cleanRef } from './clean-names';

const SITE = String.raw`(?:web ?site|site|homepage|home page|web page|webpage|domain|online presence|linkedin)`;
const WEB = String.raw`(?:(?:their|its|the|his|her)\s+${SITE}|the (?:web|internet|net)|online|the website)`;
const READ = String.raw`(?:look\s+up|look\s+at|check(?:\s+out)?|scan|scrape|crawl|read|visit|browse|go\s+(?:to|through|over)|pull|use|dig\s+(?:through|into)|analy[sz]e|review)`;
const FILL = String.raw`(?:fill|update|complete|populate|enrich|grab|get|pull|collect|gather|extract|find|see|add|fetch|bring|take)`;
const DETAILS = String.raw`(?:details|info|information|data|profile|record|fields|contact (?:details|info)|company (?:details|info)|the (?:gaps|blanks)|what(?:ever)? you can|anything useful|missing (?:details|info|fields)|more)`;

const FORMS: RegExp[] = [
  new RegExp(String.raw`^(?:enrich|auto-?fill|autofill|auto-?complete|auto-?populate|research|scrape|crawl)\s+(?:the\s+)?(?:data\s+(?:for|on)\s+|details\s+(?:for|on|of)\s+|record\s+(?:for|of)\s+)?(.+?)(?:\s+(?:from|using|with|via|off|on|through)\s+${WEB}|\s+online)?(?:\s+(?:for|to\s+${FILL})\b.*)?$`, 'i'),
  new RegExp(String.raw`^(?:run|do|start|trigger|kick off)\s+(?:an?\s+|the\s+)?(?:enrich(?:ment)?|auto-?fill|web lookup|website lookup)\s+(?:on|for)\s+(.+)$`, 'i'),
  // "look up X's website and fill in what you can", "scrape X's website for their details"
  new RegExp(String.raw`^${READ}\s+(.+?)(?:'s|’s|'|’)\s+${SITE}\b(?:\s+(?:and|to|for|then)\b.*)?$`, 'i'),
  // "look X up online", "look up X on the web", "find X online and fill in their details"
  new RegExp(String.raw`^(?:look\s+up|look|find(?!\s+out)|search|check|google)\s+(.+?)\s+(?:up\s+)?(?:on|in|from)?\s*${WEB}(?:\s+(?:and|to|for|then)\b.*)?$`, 'i'),
  // "pull X's details from their site", "fill in X's info using the website"
  new RegExp(String.raw`^(?:${FILL}(?:\s+(?:in|out|up))?)\s+(.+?)(?:'s|’s|'|’)?\s+${DETAILS}\s+(?:from|using|off|via|with|through|based on)\s+${WEB}$`, 'i'),
  // "fill in what you can for X from their website", "get the details for X from the web"
  new RegExp(String.raw`^(?:${FILL}(?:\s+(?:in|out|up))?)\s+(?:the\s+)?${DETAILS}\s+(?:for|on|of|about)\s+(.+?)\s+(?:from|using|off|via|with|through|based on)\s+${WEB}$`, 'i'),
  // "see what you can find about X online", "update X from their website"
  new RegExp(String.raw`^(?:see|find out|check|look)\s+(?:what|whatever|anything)\s+(?:else\s+)?(?:you|we|i)\s+can\s+(?:find|dig up|learn|get|pull)\s+(?:out\s+)?(?:about|on|for)\s+(.+?)\s+(?:(?:on|from|in)\s+)?${WEB}$`, 'i'),
  new RegExp(String.raw`^(?:find out|learn)\s+(?:more\s+)?(?:about|on)\s+(.+?)\s+(?:(?:on|from)\s+)?${WEB}$`, 'i'),
  new RegExp(String.raw`^(?:update|refresh|complete|fill(?:\s+in|\s+out)?|populate|top up)\s+(.+?)\s+(?:from|using|via|with|off|based on)\s+${WEB}$`, 'i'),
  // "use X's website to fill in their details"
  new RegExp(String.raw`^(?:use|read|check)\s+(.+?)(?:'s|’s|'|’)\s+${SITE}\s+to\s+${FILL}\b.*$`, 'i'),
];

export const matchEnrich: Matcher = (c) => {
  for (const re of FORMS) {
    const m = re.exec(c.text);
    const client = m ? cleanRef(m[1].replace(/^(?:the\s+)?(?:details|info|data)\s+(?:for|of|on)\s+/i, '')) : undefined;
    if (client && !/^(?:it|them)\s+up$/i.test(client)) return call('enrichClient', { client });
  }
  return null;
};

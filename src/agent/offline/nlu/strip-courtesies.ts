// A letter's courtesies around a command ("Dear Assistant, ...", "Good morning. ...", "... Kind regards, Margaret"):
// they name no one the command is about, so the reader never sees them (run time only; the trained weights stay
// what the corpus makes). Only at the very start and the very end of the message.
const OPENING = /^(?:(?:dear|hello|hi|hey|good\s+(?:morning|afternoon|evening|day))(?:\s+(?:assistant|sir(?:\s*(?:or|\/)\s*madam)?|madam|team|all|there|again|bot|clientele))?|to\s+whom\s+it\s+may\s+concern|greetings)\s*(?:[,.:;!—–-]+\s*|\s+(?=please|kindly|could|would|can|i\b|we\b|my\b|our\b))/iu;
const CLOSING = /(?:^|(?<=[.!?,;)]\s*)|\s[—–-]\s*)(?:(?:kind(?:est)?|warm(?:est)?|best)\s+regards|regards|yours(?:\s+(?:faithfully|sincerely|truly))?|many\s+thanks(?:\s+in\s+advance)?|thank\s+you(?:\s+(?:kindly|very\s+much|so\s+much))?|thanks(?:\s+so\s+much)?|with\s+(?:many\s+)?thanks|best(?:\s+wishes)?|cheers|that\s+(?:will|would)\s+be\s+all(?:\s+for\s+now)?|if\s+you\s+(?:please|would\s+be\s+so\s+kind|would|could|don['’]?t\s+mind))[,.!]*(?:\s+(?:(?:dr|mr|mrs|ms|miss|prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?[.!]?)?\s*$/iu;
// A name alone after the last sentence ("... as a contact? Harold"): the signature.
// Not a date's month ("31. März") or a legal form ("Co. KG"): the sentence before ends in a word, the name is one.
const SIGNATURE = /(?<=\p{Ll}{2}[.!?])\s+\p{Lu}\p{Ll}+[.!]?\s*$/u;

// "Why on earth is Duarte Tiles ...", "what the heck happened to ...": the question word's emphasis names no one.
const EMPHASIS = /\b(why|what|how|who|where|when)\s+(?:on earth|in the world|the (?:hell|heck))\b/gi;

// "let Acme know through the portal: invoice is settled, thanks!": the words after a message's colon are the message,
// its thanks included.
const MESSAGE_SAID = /\b(?:messag\w*|msg|tell|let\b[^:\n]{1,60}\bknow|write|reply|respond|post|say|ping)\b[^:\n]*:\s*\S/i;

export function withoutCourtesies(text: string): string {
  // ("/client Dear Assistant, kindly mark ...": the slash command's word stays, the greeting after it goes.)
  const slash = /^\/client\s+/i.exec(text)?.[0] ?? '';
  let out = slash + text.slice(slash.length).replace(OPENING, '').replace(EMPHASIS, '$1');
  if (!MESSAGE_SAID.test(out)) for (let k = 0; k < 2; k++) out = out.replace(CLOSING, '').replace(SIGNATURE, '').trim();
  return out && /[\p{L}\p{N}]/u.test(out) ? out : text;
}

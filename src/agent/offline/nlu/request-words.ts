// Words the rule readers (read-*-said.ts, read-*-asked.ts) share: how a request opens, and an invoice's number.

/** A greeting or filler that opens a question ("hey, who owes us money?"), as removed before it is read. */
export const withoutOpening = (raw: string) =>
  raw.replace(/^(?:<@\w+>\s*)?(?:(?:hi|hey|hello|ok|okay|so|please|pls|quick one)[,!]?\s+)*/i, '')
    // ("could you tell me who owes us money": the question itself.)
    .replace(/^(?:(?:can|could|would) you\s+(?:please\s+)?(?:tell|show) me\s+)(?=(?:who|what|which|where|when|how)\b)/i, '').trim();

/** A request's polite opening, as a pattern: "please", "can you", a mention. */
export const REQUEST_LEAD = String.raw`^\W*(?:<@\w+>\s*)?(?:(?:please|pls|kindly|can you|could you|would you|can we|could we|go ahead and|let'?s)\s+)*`;

/** An invoice's number as typed ("INV-0012", "inv 12", "invoice #12"), as a capturing pattern. */
export const INVOICE_NUMBER = String.raw`(INV[-\s]?#?\d+|(?:invoice|inv\.?)\s*(?:no\.?\s*|number\s+|#)?\d+)`;

/** "invoice 12" → "INV-0012", as invoices are numbered. */
export const invoiceNumberOf = (ref: string) => `INV-${(/(\d+)\s*$/.exec(ref)?.[1] ?? '').padStart(4, '0')}`;

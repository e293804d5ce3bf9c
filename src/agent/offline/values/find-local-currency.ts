// Currencies written the way their own countries write them, which the trained reader does not mark as a currency
// ("KSh 350,000", "₫25,000,000", "they'll pay in lira"). Read at run time from a clause that takes a currency and
// names none the reader saw; the word lists the model was trained with stay as they were.
const LOCAL: Array<[RegExp, string]> = [
  [/(?<![\p{L}])(?:ksh|kes)(?=[\s\d.]|$)|\bkenyan shillings?\b/iu, 'KES'], [/₫|\bdong\b|\bvnd\b/i, 'VND'], [/₦|\bnaira\b/i, 'NGN'],
  [/\b(?:turkish )?liras?\b|₺/i, 'TRY'], [/\bringgit\b/i, 'MYR'], [/฿|\bbaht\b/i, 'THB'], [/\brupiah\b/i, 'IDR'], [/\bforints?\b/i, 'HUF'],
  [/\bkorun[ay]?\b|\bkč/i, 'CZK'], [/₴|\bhryvnias?\b/i, 'UAH'], [/\bshekels?\b/i, 'ILS'], [/\b(?:saudi )?riyals?\b/i, 'SAR'],
  [/₵|\bcedis?\b/i, 'GHS'], [/\bcolombian pesos?\b/i, 'COP'], [/\bchilean pesos?\b/i, 'CLP'], [/\bargentin(?:e|ian) pesos?\b/i, 'ARS'],
  [/\bphilippine pesos?\b/i, 'PHP'], [/\b(?:romanian )?lei\b/i, 'RON'], [/\begyptian pounds?\b|\be£/i, 'EGP'], [/\bpesos?\b/i, 'MXN'],
];

/** The first local currency named in the text, as its ISO code. */
export function findLocalCurrency(text: string): string | undefined {
  let best: { at: number; code: string } | undefined;
  for (const [re, code] of LOCAL) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, code };
  }
  return best?.code;
}

// OWASP CSV injection: a cell a spreadsheet could read as a formula gets a leading apostrophe, inside quotes.
// csv-stringify's escape_formulas covers = + - @ \t \r; this cast adds \n and \0 and forces the quotes.
import type { Options } from 'csv-stringify';

const FORMULA_START = /^[=+\-@\t\r\n\0]/;

export const CSV_OPTIONS: Options = {
  escape_formulas: true,
  record_delimiter: '\r\n',
  cast: {
    string: (value) => (FORMULA_START.test(value) ? { value: `'${value}`, quoted: true } : value),
    boolean: (value) => (value ? 'yes' : 'no'),
  },
};

/** Undoes the export's apostrophe on import, so an exported value imports back as the same text. */
export function unescapeCell(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

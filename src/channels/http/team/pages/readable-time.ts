// Times as people read them, the one way every team page writes them: the server sends <time datetime="ISO"
// data-relative> holding the UTC date (and time), and public/relative-time.js, which the page loads, rewrites the
// text in the reader's own language and zone ("5 minutes ago", "yesterday", else a local date; the full date as
// its title). The ISO stays in datetime for machines and tests.
import { html } from 'hono/html';

/** The script a page lists in its layout's `scripts` when it shows readableTime. */
export const READABLE_TIME_SCRIPT = 'relative-time.js';

/** `day`: only the date until the script runs (a table's narrow column); `minute`: the time too. */
export const readableTime = (iso: string | null, precision: 'day' | 'minute' = 'minute') => (iso
  ? html`<time datetime="${iso}" data-relative>${precision === 'day' ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ')}</time>`
  : '');

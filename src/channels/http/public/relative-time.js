// Dates as people read them, in their own language and time zone: "5 minutes ago", "yesterday", "in 3 days" within a
// week, otherwise the date in the browser's own format. The server writes the ISO date; this rewrites each <time>.
const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const STEPS = [['second', 60], ['minute', 60], ['hour', 24], ['day', 7]];

export function readable(date, now = new Date()) {
  let diff = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(diff) < size) return unit === 'second' ? rtf.format(0, 'second') : rtf.format(Math.round(diff), unit);
    diff /= size;
  }
  return dateFormat.format(date);
}

for (const node of document.querySelectorAll('time[data-relative]')) {
  const date = new Date(node.getAttribute('datetime'));
  if (Number.isNaN(date.getTime())) continue;
  node.textContent = readable(date);
  node.title = full.format(date);
}

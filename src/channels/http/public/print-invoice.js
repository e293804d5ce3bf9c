// The portal invoice page's "Print or save as PDF" button (hidden without scripts: the browser's own Print works too).
const button = document.getElementById('print-invoice');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

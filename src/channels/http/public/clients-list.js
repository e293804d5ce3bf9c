// The client list's Export CSV button: exports the clients the current filters show.
import { exportAndDownload } from './download.js';

const button = document.getElementById('export-csv');
const status = document.getElementById('export-status');

button?.addEventListener('click', async () => {
  button.disabled = true;
  status.textContent = 'Preparing the file…';
  try {
    const made = await exportAndDownload(JSON.parse(button.dataset.filters || '{}'));
    status.textContent = made ? `${made.rows} client${made.rows === 1 ? '' : 's'} exported.` : '';
  } catch (err) {
    status.textContent = err.message;
    status.className = 'error-text';
  } finally {
    button.disabled = false;
  }
});

// CSV import: upload -> the dry-run report -> Apply (confirmed) with a progress bar -> the result. The page is a
// shell; public/import-csv.js drives the file routes (POST /files/imports, /files/imports/:id/apply).
import { html } from 'hono/html';
import type { MemberActor } from '../../../../context';
import { layout } from './layout';

export const importPage = (actor: MemberActor) => layout({
  title: 'Import clients', actor, active: 'clients', scripts: ['import-csv.js'],
  body: html`<div class="toolbar"><h1>Import clients from CSV</h1><a class="button" href="/clients">All clients</a></div>
    <section class="card stack" id="import-upload">
      <p>Columns are matched by their usual names (Company, Client Name, E-mail, Zip, Country Code, …). Nothing changes
        until you apply: first you see what the file would do. Existing clients are updated, not duplicated.</p>
      <form id="import-form" class="upload-row">
        <label>CSV file (UTF-8, up to 5 MB) <input type="file" name="file" id="import-file" accept=".csv,.txt,text/csv" required></label>
        <button type="submit" class="primary" id="import-check">Check the file</button>
      </form>
      <p id="import-status" role="status" class="muted"></p>
    </section>
    <section class="card" id="import-report" hidden></section>`,
});

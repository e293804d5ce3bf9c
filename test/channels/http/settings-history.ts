// Reading the Settings page's Recent changes card in app.request tests.
import type { App } from './web-session';

export const as = (cookie: string, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as Record<string, string>), cookie } });

/** The card's markup, empty when the page has none. */
export const history = (page: string) => /<section class="card" id="history">[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';

/** The list item (its inner markup) of the listed change whose text contains `summary`. */
export const changeRow = (page: string, summary: string) =>
  [...history(page).matchAll(/<li data-activity="(\d+)">([\s\S]*?)<\/li>/g)].find((m) => m[2].includes(summary))?.[2];

/** The Undo (or Redo) form's path of the listed change whose text contains `summary`. */
export const undoPath = (page: string, summary: string) => {
  const row = changeRow(page, summary);
  return row && /action="(\/settings\/undo\/\d+)"/.exec(row)?.[1];
};

/** What the listed change's button says (Undo or Redo), if it has one. */
export const buttonLabel = (page: string, summary: string) => /<button[^>]*class="undo"[^>]*>(\w+)</.exec(changeRow(page, summary) ?? '')?.[1];

/** How many listed changes' text contains `text`. */
export const rowsWith = (page: string, text: string) =>
  [...history(page).matchAll(/<li data-activity="\d+">([\s\S]*?)<\/li>/g)].filter((m) => m[1].includes(text)).length;

export const settingsOf = async (app: App, cookie: string) => (await app.request('/settings', as(cookie))).text();

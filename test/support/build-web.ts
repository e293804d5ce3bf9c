// Vitest global setup: the web bundles (scripts/build-web.mjs) are build outputs, not committed; the browser and
// Worker tests serve them, so every run builds them first (about a second with esbuild).
// @ts-expect-error: a plain .mjs script without type declarations
import { buildWeb } from '../../scripts/build-web.mjs';

export default async function setup() {
  await buildWeb({ quiet: true });
}

// Zod (inside the AI SDK) probes `new Function('')` when a schema is built, to compile faster parsers; under our
// CSP (no 'unsafe-eval') the probe is refused and reported as a violation on every load of the chat. Jitless
// parsing never probes. Imported first by chat-app.tsx, so it runs before any module that builds a schema.
import { config } from 'zod';

config({ jitless: true });

// The site's Content-Security-Policy forbids eval. zod 4 probes for it (`Function('')`) before it
// falls back to its eval-free parser, and browsers report that probe as a CSP violation; telling
// zod up front avoids the probe. Imported first by instrumentation-client.ts and the workers.
import { z } from 'zod';

z.config({ jitless: true });

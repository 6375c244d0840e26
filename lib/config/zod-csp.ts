import { z } from 'zod';

// zod compiles object parsers with Function() unless told not to; the CSP forbids eval in the browser, so the
// browser's zod runs interpreted (its probe alone reports a CSP violation).
z.config({ jitless: true });

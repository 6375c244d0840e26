import { config } from 'zod/v4/core';

// zod compiles object parsers with Function() unless told not to; the CSP forbids eval in the browser, so the
// browser's zod runs interpreted (its probe alone reports a CSP violation). `zod/v4/core` sets the same global
// configuration as `z.config` without pulling all of zod into every page's first load.
config({ jitless: true });

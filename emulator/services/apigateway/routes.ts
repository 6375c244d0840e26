import type { Route } from './router';

/** Every implemented API Gateway operation (restJson1, paths from the 2015-07-09 model). */
export const ROUTES: readonly Route[] = [];

// Runs in the browser before the app's modules: zod must be jitless before any schema is built (see the module).
import '@/lib/config/zod-csp';

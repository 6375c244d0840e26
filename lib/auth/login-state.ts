import type { LoginState } from './oidc';

export const LOGIN_PURPOSE = 'login';

export function loginStateOf(payload: Record<string, unknown> | undefined): LoginState | undefined {
  if (!payload) return undefined;
  const { verifier, state, nonce, returnTo } = payload;
  if (typeof verifier !== 'string' || typeof state !== 'string' || typeof nonce !== 'string') return undefined;
  return { verifier, state, nonce, returnTo: typeof returnTo === 'string' ? returnTo : '/' };
}

import * as client from 'openid-client';
import type { AuthConfig } from './config';
import { groupsFromClaim } from './session-cookie';
import type { ConsoleUser } from '@/lib/model/access';

type OidcSettings = NonNullable<AuthConfig['oidc']>;

let discovered: { issuer: string; config: Promise<client.Configuration> } | undefined;

/** The provider's metadata, discovered once per process; a failed discovery is retried on the next sign-in. */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  if (discovered?.issuer !== settings.issuer.href) {
    const config = client.discovery(
      settings.issuer,
      settings.clientId,
      settings.clientSecret,
      undefined,
      // A plain-http issuer only ever exists on a developer's machine or in the tests.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only to stand out; http issuers are local
      settings.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    discovered = { issuer: settings.issuer.href, config };
    config.catch(() => (discovered = undefined));
  }
  return discovered.config;
}

export function redirectUri(consoleUrl: URL): string {
  return new URL('/auth/callback', consoleUrl).href;
}

export interface LoginState {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

/** Authorization code flow with PKCE (S256), plus state and nonce. */
export async function beginLogin(settings: OidcSettings, consoleUrl: URL, returnTo: string) {
  const config = await oidcConfiguration(settings);
  const login: LoginState = {
    verifier: client.randomPKCECodeVerifier(),
    state: client.randomState(),
    nonce: client.randomNonce(),
    returnTo,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(consoleUrl),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(login.verifier),
    code_challenge_method: 'S256',
    state: login.state,
    nonce: login.nonce,
  });
  return { url, login };
}

/** Exchanges the code; groups come from the ID token, or the UserInfo endpoint when the token leaves them out. */
export async function finishLogin(
  settings: OidcSettings,
  groupsClaim: string,
  callbackUrl: URL,
  login: LoginState,
): Promise<{ user: ConsoleUser; idToken?: string }> {
  const config = await oidcConfiguration(settings);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: login.verifier,
    expectedState: login.state,
    expectedNonce: login.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('the identity provider returned no ID token');
  let claims: Record<string, unknown> = idClaims;
  if (!(groupsClaim in idClaims) || !('email' in idClaims)) {
    const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    claims = { ...info, ...idClaims };
  }
  return {
    user: {
      sub: idClaims.sub,
      email: typeof claims.email === 'string' ? claims.email : undefined,
      name: typeof claims.name === 'string' ? claims.name : undefined,
      groups: groupsFromClaim(claims[groupsClaim]),
    },
    idToken: tokens.id_token,
  };
}

/** Where to send the browser to end the provider's session too; undefined when the provider offers no endpoint. */
export async function endSessionUrl(settings: OidcSettings, consoleUrl: URL, idToken?: string) {
  const config = await oidcConfiguration(settings);
  if (!config.serverMetadata().end_session_endpoint) return undefined;
  return client.buildEndSessionUrl(config, {
    post_logout_redirect_uri: new URL('/auth/signed-out', consoleUrl).href,
    client_id: settings.clientId,
    ...(idToken ? { id_token_hint: idToken } : {}),
  });
}

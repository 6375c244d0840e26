import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from '../ports';

/** Test users: the login name is the subject; groups decide the console role. */
export const USERS: Partial<Record<string, { email: string; name: string; groups: string[] }>> = {
  vera: { email: 'vera@example.com', name: 'Vera Viewer', groups: ['payments-viewers'] },
  otto: { email: 'otto@example.com', name: 'Otto Operator', groups: ['platform-operators'] },
  ada: { email: 'ada@example.com', name: 'Ada Admin', groups: ['platform-admins'] },
  nora: { email: 'nora@example.com', name: 'Nora Nogroup', groups: ['marketing'] },
};

export const CLIENT_ID = 'private-domains-console';
export const CLIENT_SECRET = 'test-client-secret-long-enough-for-hkdf';

interface GrantLike {
  addOIDCScope: (scope: string) => void;
  save: () => Promise<string>;
}

interface GrantContext {
  oidc: {
    session: { grantIdFor: (clientId: string) => string | undefined; accountId: string };
    client: { clientId: string };
    provider: {
      Grant: {
        new (init: { clientId: string; accountId: string }): GrantLike;
        find: (id: string) => Promise<GrantLike>;
      };
    };
  };
}

export interface Idp {
  issuer: string;
  stop: () => Promise<void>;
}

/** A real OpenID Connect provider (oidc-provider) with the dev login form: any password, login = user name. */
export async function startIdp(consoleUrl: string): Promise<Idp> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${consoleUrl}/auth/callback`],
        post_logout_redirect_uris: [`${consoleUrl}/auth/signed-out`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email'], profile: ['name', 'groups'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-cookie-key'] },
    // A first-party client: no consent screen, as a company IdP configures its own console.
    loadExistingGrant: async (ctx: GrantContext) => {
      const grantId = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    findAccount: (_ctx, id) => {
      const user = USERS[id];
      return user ? { accountId: id, claims: () => ({ sub: id, ...user }) } : undefined;
    },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

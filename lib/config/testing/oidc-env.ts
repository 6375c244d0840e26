/** Test-only: a complete, valid set of sign-in variables for CONSOLE_AUTH=oidc, to vary one variable at a time. */
export const OIDC_ENV = {
  CONSOLE_AUTH: 'oidc',
  CONSOLE_ROLES: '{"ops": {"*": "operator"}}',
  OIDC_ISSUER: 'https://idp.example.com',
  OIDC_CLIENT_ID: 'console',
  OIDC_CLIENT_SECRET: 'a-long-enough-secret',
  CONSOLE_URL: 'https://console.example.com',
};

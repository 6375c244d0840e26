export type Role = 'viewer' | 'operator' | 'admin';

/** Who is signed in, as the identity provider (or the ALB) says. */
export interface ConsoleUser {
  sub: string;
  email?: string;
  name?: string;
  groups: string[];
}

/** What the page may offer the signed-in user in the current context; the server checks it again on every action. */
export interface Access {
  mode: 'none' | 'oidc' | 'alb';
  user: Pick<ConsoleUser, 'sub' | 'email' | 'name'>;
  role?: Role;
  canMutate: boolean;
  /** Why mutations are off, worded for the user ("read-only mode", "your role here is viewer"). */
  whyNot?: string;
  readOnly: boolean;
  isAdmin: boolean;
}

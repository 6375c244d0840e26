import { describe, expect, it } from 'vitest';
import { secretHeaderNames, withoutSecrets } from './link-secrets';

describe('withoutSecrets', () => {
  it.for([
    ['Authorization: Bearer eyJhbGciOi.x.y', 'Authorization: Bearer <secret>'],
    ['authorization: Basic dXNlcjpwYXNz', 'authorization: Basic <secret>'],
    ['Authorization: abc123', 'Authorization: <secret>'],
    ['x-api-key: k-123', 'x-api-key: <secret>'],
    ['X-Amz-Security-Token: FwoGZX', 'X-Amz-Security-Token: <secret>'],
    ['Cookie: session=abc', 'Cookie: <secret>'],
    ['X-Session-Id: 42', 'X-Session-Id: <secret>'],
    ['Authorization: Bearer <secret>', 'Authorization: Bearer <secret>'],
    ['Content-Type: application/json', 'Content-Type: application/json'],
    ['X-Note: café', 'X-Note: café'],
    ['Accept: */*', 'Accept: */*'],
  ] as const)('%s → %s', ([line, expected]) => {
    expect(withoutSecrets([line])).toEqual([expected]);
  });
});

describe('secretHeaderNames', () => {
  it('names the headers with a value to keep out, in order', () => {
    expect(
      secretHeaderNames(['Content-Type: text/plain', 'x-api-key: k', 'Authorization: Bearer t', 'X-Token:']),
    ).toEqual(['x-api-key', 'Authorization']);
  });
});

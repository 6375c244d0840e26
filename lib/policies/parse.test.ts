import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse';

const doc = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: '*',
      Action: 'execute-api:Invoke',
      Resource: 'arn:aws:execute-api:us-east-1:111111111111:abc123/*',
    },
  ],
};
const plain = JSON.stringify(doc);
// What GetRestApi returns (docs/aws/policies.md#private-api-resource-policy): the content is escaped JSON, including `\/`.
const escaped = plain.replace(/"/g, '\\"').replace(/\//g, '\\/');

describe('parsePolicy decoding', () => {
  it.each([
    ['plain JSON text', plain],
    ['object', doc],
    ['backslash-escaped with \\/', escaped],
    ['double-encoded JSON string', JSON.stringify(plain)],
    ['triple-encoded', JSON.stringify(JSON.stringify(plain))],
    ['pretty printed', JSON.stringify(doc, null, 2)],
    ['escaped and pretty printed', JSON.stringify(doc, null, 2).replace(/"/g, '\\"')],
    ['surrounding whitespace', `  ${plain}\n`],
  ])('%s', (_name, input) => {
    const r = parsePolicy(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.statements).toHaveLength(1);
    expect(r.policy.statements[0].resources).toEqual(['arn:aws:execute-api:us-east-1:111111111111:abc123/*']);
    expect(r.policy.statements[0].principal).toEqual({ kind: 'any' });
  });

  it.each([
    ['undefined', undefined, 'empty'],
    ['null', null, 'empty'],
    ['blank', '  ', 'empty'],
    ['garbage', '{not json', 'invalid'],
    ['array', '[1,2]', 'invalid'],
    ['no Statement', '{"Version":"2012-10-17"}', 'invalid'],
  ])('%s -> %s', (_name, input, reason) => {
    const r = parsePolicy(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
});

describe('parsePolicy normalisation', () => {
  it('turns scalars into lists and reads conditions', () => {
    const r = parsePolicy({
      Statement: {
        Sid: 'D',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'execute-api:Invoke',
        Resource: 'execute-api:/*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1', 'aws:SourceVpc': ['vpc-1', 'vpc-2'] } },
      },
    });
    expect(r.ok && r.policy.statements[0]).toMatchObject({
      sid: 'D',
      effect: 'Deny',
      principal: { kind: 'any' },
      actions: ['execute-api:Invoke'],
      resources: ['execute-api:/*'],
      conditions: [
        { operator: 'StringNotEquals', key: 'aws:SourceVpce', values: ['vpce-1'] },
        { operator: 'StringNotEquals', key: 'aws:SourceVpc', values: ['vpc-1', 'vpc-2'] },
      ],
      problems: [],
    });
  });

  it.each([
    ['condition without key (malformed AWS doc example)', { StringNotEquals: ['vpce-1'] }, /no condition key/],
    ['condition not an object', 'x', /Condition is not an object/],
  ])('records a problem: %s', (_n, Condition, problem) => {
    const r = parsePolicy({
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: '*', Condition }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.statements[0].problems.join()).toMatch(problem);
      expect(r.warnings).toHaveLength(1);
    }
  });

  it.each([
    ['statement not an object', 'oops', /not a JSON object/],
    ['unknown effect', { Effect: 'Maybe', Principal: '*', Action: 'a', Resource: '*' }, /unknown Effect/],
    ['no action', { Effect: 'Allow', Principal: '*', Resource: '*' }, /no Action/],
    ['no resource', { Effect: 'Allow', Principal: '*', Action: 'a' }, /no Resource/],
    ['non-string resource', { Effect: 'Allow', Principal: '*', Action: 'a', Resource: [{}] }, /non-string/],
  ])('flags %s', (_n, statement, problem) => {
    const r = parsePolicy({ Statement: [statement] });
    expect(r.ok && r.policy.statements[0].problems.join()).toMatch(problem);
  });
});

describe('hostile nesting', () => {
  it.each([
    ['arrays', `{"Statement":${'['.repeat(16000)}${']'.repeat(16000)}}`],
    ['objects', `${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`],
    ['escaped', JSON.stringify(`{"Statement":${'['.repeat(10000)}${']'.repeat(10000)}}`)],
  ])('a deeply nested document (%s) is an error, not a stack overflow', (_kind, text) => {
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/nests deeper than 32 levels/);
  });
});

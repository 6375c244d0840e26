import { describe, expect, it, vi } from 'vitest';
import { ActionFailure, FieldError, type ConsoleError } from '@/lib/errors';
import { consoleErrorOf } from './console-error-of';

const worded: ConsoleError = { kind: 'conflict', title: 'Busy', message: 'A domain with this name is being created.' };

function awsError(name: string, message: string, status: number) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

describe('consoleErrorOf', () => {
  it.each([
    { thrown: new ActionFailure(worded), expected: worded },
    {
      thrown: new FieldError('certificateArn', 'The certificate does not cover api.example.com.'),
      expected: {
        kind: 'invalid-input',
        title: 'Check the highlighted fields',
        message: 'The certificate does not cover api.example.com.',
        field: 'certificateArn',
      },
    },
  ])('keeps a failure the console already worded: $expected.kind', ({ thrown, expected }) => {
    expect(consoleErrorOf(thrown, { operation: 'apigateway:GetRestApis' }, 'test')).toEqual(expected);
  });

  it('maps an AWS error with the hint and logs nothing for a known kind', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = consoleErrorOf(
      awsError('NotFoundException', 'Invalid API identifier specified', 404),
      { operation: 'apigateway:GetStages', resource: '/restapis/abc' },
      'test',
    );
    expect(error).toMatchObject({ kind: 'not-found', code: 'NotFoundException' });
    expect(error.message).toContain('apigateway:GetStages on /restapis/abc');
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('logs an unexpected error under the given name, and the browser gets no stack', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = consoleErrorOf(new TypeError('x is undefined'), undefined, 'live call');
    expect(error.kind).toBe('unknown');
    expect(JSON.stringify(error)).not.toContain('TypeError: x is undefined\n    at');
    expect(log).toHaveBeenCalledWith('[live call]', expect.any(TypeError));
    log.mockRestore();
  });
});

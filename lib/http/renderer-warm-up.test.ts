import { afterEach, describe, expect, it, vi } from 'vitest';
import { rendererWarm, startRendererWarmUp, WARM_UP_LIMIT_MS, WARM_UP_PATH, warmUpUrl } from './renderer-warm-up';

const STATE = Symbol.for('private-domains-console.renderer-warm-up');

afterEach(() => {
  Reflect.deleteProperty(globalThis, STATE);
  vi.useRealTimers();
});

describe('warmUpUrl', () => {
  it.each([
    ['http://localhost:3000', `http://127.0.0.1:3000${WARM_UP_PATH}`],
    ['http://0.0.0.0:3000', `http://127.0.0.1:3000${WARM_UP_PATH}`],
    ['http://[::]:3000', `http://[::1]:3000${WARM_UP_PATH}`],
    ['http://127.0.0.1:4123', `http://127.0.0.1:4123${WARM_UP_PATH}`],
    ['http://10.0.3.7:3000', `http://10.0.3.7:3000${WARM_UP_PATH}`],
  ])('%s → %s', (origin, expected) => {
    expect(warmUpUrl(origin).href).toBe(expected);
  });
});

describe('renderer warm-up', () => {
  it('is warm when no warm-up was started (dev server, tests)', () => {
    expect(rendererWarm()).toBe(true);
  });

  it('is starting until the page has been rendered, then warm', async () => {
    let answer: (r: Response) => void = () => undefined;
    const send = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    const done = startRendererWarmUp('http://localhost:3000', () => undefined, send);
    expect(rendererWarm()).toBe(false);
    await vi.waitFor(() => expect(send).toHaveBeenCalledOnce());
    expect(rendererWarm()).toBe(false);
    answer(new Response('<html>not found</html>', { status: 404 }));
    await done;
    expect(rendererWarm()).toBe(true);
    expect(String((send.mock.calls[0] as unknown[])[0])).toBe(`http://127.0.0.1:3000${WARM_UP_PATH}`);
  });

  it('stops holding the probes after its time limit, even if the render never ends', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    void startRendererWarmUp(
      'http://localhost:3000',
      () => undefined,
      () => new Promise<Response>(() => undefined),
    );
    expect(rendererWarm(1_000_000 + WARM_UP_LIMIT_MS)).toBe(false);
    expect(rendererWarm(1_000_000 + WARM_UP_LIMIT_MS + 1)).toBe(true);
  });

  it.each([
    ['a failed request', () => Promise.reject(new Error('ECONNREFUSED')), 'Renderer warm-up failed (ECONNREFUSED).'],
    [
      'an answer that is not the not-found page',
      () => Promise.resolve(new Response('refused', { status: 421 })),
      `Renderer warm-up: ${WARM_UP_PATH} answered 421, not the not-found page.`,
    ],
  ])('says so after %s, and the server counts as started', async (_, send, message) => {
    const log = vi.fn();
    await startRendererWarmUp('http://localhost:3000', log, send);
    expect(log).toHaveBeenCalledWith(message);
    expect(rendererWarm()).toBe(true);
  });
});

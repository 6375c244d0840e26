import type { APIRequestContext, Page, Request } from '@playwright/test';

export interface CapturedAction {
  url: string;
  actionId: string;
  body: string;
  contentType: string;
}

/** Records the next server-action POST the page sends, so a test can replay it as someone else. */
export function captureNextAction(page: Page): Promise<CapturedAction> {
  return new Promise((resolve) => {
    const onRequest = (request: Request) => {
      const headers = request.headers();
      if (request.method() !== 'POST' || !headers['next-action']) return;
      page.off('request', onRequest);
      resolve({
        url: request.url(),
        actionId: headers['next-action'],
        body: request.postData() ?? '',
        contentType: headers['content-type'] ?? 'text/plain;charset=UTF-8',
      });
    };
    page.on('request', onRequest);
  });
}

/** Sends the captured call again, as a curl user would, with whatever cookies `request` carries. */
export async function replayAction(request: APIRequestContext, action: CapturedAction, origin: string) {
  const response = await request.post(action.url, {
    headers: {
      'next-action': action.actionId,
      'content-type': action.contentType,
      accept: 'text/x-component',
      origin,
    },
    data: action.body,
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateResourceCommand,
  CreateRestApiCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetResourcesCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  type APIGatewayClient,
  type GatewayResponseType,
} from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '../../server';
import { apiGateway, present, startTestEmulator } from '../../testing/harness';

/** The reads a console needs for CORS: an OPTIONS method's responses and the API's gateway responses. */

let emulator: RunningEmulator;
let client: APIGatewayClient;
let restApiId: string;
let resourceId: string;

const ALLOW = {
  'method.response.header.Access-Control-Allow-Origin': "'https://shop.example.com'",
  'method.response.header.Access-Control-Allow-Methods': "'POST,OPTIONS'",
  'method.response.header.Access-Control-Allow-Headers': "'Content-Type,Authorization'",
};

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = apiGateway(emulator);
  restApiId = present((await client.send(new CreateRestApiCommand({ name: 'cors' }))).id, 'id');
  const { items } = await client.send(new GetResourcesCommand({ restApiId }));
  const root = present(items?.at(0)?.id, 'root id');
  resourceId = present(
    (await client.send(new CreateResourceCommand({ restApiId, parentId: root, pathPart: 'search' }))).id,
    'id',
  );
  await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod: 'OPTIONS', authorizationType: 'NONE' }));
});
afterAll(() => emulator.close());

/** The OPTIONS method of /search (ids known once beforeAll ran). */
const options = () => ({ restApiId, resourceId, httpMethod: 'OPTIONS' });

describe('method and integration responses', () => {
  it('stores a CORS preflight answer and returns it from GetMethod, GetIntegration and the response reads', async () => {
    await client.send(
      new PutIntegrationCommand({
        ...options(),
        type: 'MOCK',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
      }),
    );
    const declared = Object.fromEntries(Object.keys(ALLOW).map((k) => [k, true]));
    const put = await client.send(
      new PutMethodResponseCommand({ ...options(), statusCode: '200', responseParameters: declared }),
    );
    expect(put.responseParameters).toEqual(declared);
    await client.send(
      new PutIntegrationResponseCommand({ ...options(), statusCode: '200', responseParameters: ALLOW }),
    );

    const got = await client.send(new GetMethodCommand(options()));
    expect(got.methodResponses?.['200']?.responseParameters).toEqual(declared);
    expect(got.methodIntegration?.type).toBe('MOCK');
    expect(got.methodIntegration?.integrationResponses?.['200']?.responseParameters).toEqual(ALLOW);
    expect((await client.send(new GetIntegrationCommand(options()))).integrationResponses?.['200']?.statusCode).toBe(
      '200',
    );
    expect((await client.send(new GetMethodResponseCommand({ ...options(), statusCode: '200' }))).statusCode).toBe(
      '200',
    );
    expect(
      (await client.send(new GetIntegrationResponseCommand({ ...options(), statusCode: '200' }))).responseParameters,
    ).toEqual(ALLOW);
  });

  it('refuses a mapping to a header the method response does not declare, and unknown status codes', async () => {
    await expect(
      client.send(
        new PutIntegrationResponseCommand({
          ...options(),
          statusCode: '200',
          responseParameters: { 'method.response.header.X-Other': "'x'" },
        }),
      ),
    ).rejects.toMatchObject({ name: 'BadRequestException' });
    await expect(client.send(new GetMethodResponseCommand({ ...options(), statusCode: '404' }))).rejects.toMatchObject({
      name: 'NotFoundException',
    });
    await expect(
      client.send(new PutIntegrationResponseCommand({ ...options(), statusCode: '500' })),
    ).rejects.toMatchObject({ name: 'NotFoundException' });
  });
});

describe('gateway responses', () => {
  it('lists generated defaults until one is customized, then returns the customization', async () => {
    const before = await client.send(new GetGatewayResponsesCommand({ restApiId, limit: 500 }));
    const default4xx = before.items?.find((r) => r.responseType === 'DEFAULT_4XX');
    expect(default4xx).toMatchObject({ defaultResponse: true, responseParameters: {} });
    expect(before.items?.find((r) => r.responseType === 'UNAUTHORIZED')?.statusCode).toBe('401');

    await client.send(
      new PutGatewayResponseCommand({
        restApiId,
        responseType: 'DEFAULT_4XX',
        responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'https://shop.example.com'" },
      }),
    );
    const after = await client.send(new GetGatewayResponseCommand({ restApiId, responseType: 'DEFAULT_4XX' }));
    expect(after).toMatchObject({
      defaultResponse: false,
      responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'https://shop.example.com'" },
    });
    const listed = await client.send(new GetGatewayResponsesCommand({ restApiId }));
    expect(listed.items?.find((r) => r.responseType === 'DEFAULT_5XX')?.defaultResponse).toBe(true);
    await expect(
      client.send(new PutGatewayResponseCommand({ restApiId, responseType: 'NOT_A_TYPE' as GatewayResponseType })),
    ).rejects.toMatchObject({ name: 'BadRequestException' });
  });
});

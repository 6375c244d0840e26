import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorResponse } from '../core/types';
import type { StoredIntegration } from '../services/apigateway/state';
import { json } from './answers';

/** What reached the integration, echoed back for every non-MOCK method so a test can assert the bytes. */
export interface ArrivedRequest {
  method: string;
  /** The path after the stage (for a custom domain: after the base path and stage), as the client sent it. */
  path: string;
  resourcePath: string;
  pathParameters: Record<string, string>;
  query: Record<string, string[]>;
  headers: IncomingHttpHeaders;
  body: string;
  /** Base64 of the body when it is not UTF-8 text. */
  bodyBase64?: string;
  apiId: string;
  stage: string;
  deploymentId: string;
  endpoint: { vpcEndpointId: string; vpcId: string; accountId: string; address: string };
  /** Present when the request came through a private custom domain. */
  domain?: { domainName: string; domainNameId: string; basePath: string };
}

/**
 * MOCK: the status selected by the request template's `statusCode` (default 200), with the integration response's
 * template and literal header mappings when the API defines them (stored as sent with PutIntegration); an
 * undefined integration response answers the status with an empty body (deviation: AWS would need one defined).
 * Anything else: a JSON echo of the request as it arrived (the emulator never calls a backend).
 */
export function integrationAnswer(
  integration: StoredIntegration | undefined,
  arrived: ArrivedRequest,
): EmulatorResponse {
  if (integration?.type !== 'MOCK') {
    return json(200, arrived, { 'x-emulator-integration': integration?.type ?? 'none' });
  }
  const status = mockStatus(integration);
  const response = integrationResponse(integration, status);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-requestid': randomUUID(),
    'x-emulator-integration': 'MOCK',
  };
  for (const [name, value] of Object.entries(response?.responseParameters ?? {})) {
    const header = /^method\.response\.header\.(.+)$/.exec(name)?.[1];
    const literal = /^'(.*)'$/s.exec(value)?.[1];
    if (header && literal !== undefined) headers[header.toLowerCase()] = literal;
  }
  return { status, headers, body: response?.responseTemplates?.['application/json'] ?? '' };
}

function mockStatus(integration: StoredIntegration): number {
  const templates = integration.requestTemplates as Record<string, string> | undefined;
  const template = templates?.['application/json'] ?? '';
  const code = /"statusCode"\s*:\s*(\d{3})/.exec(template)?.[1];
  return code ? Number(code) : 200;
}

interface IntegrationResponse {
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
}

function integrationResponse(integration: StoredIntegration, status: number): IntegrationResponse | undefined {
  const responses = integration.integrationResponses as Record<string, IntegrationResponse> | undefined;
  return responses?.[String(status)];
}

import { describe, expect, it } from 'vitest';
import type { ResourceMethods } from '@/lib/model/resource-methods';
import { matchMethod, sampleRequest } from './method-match';

const resources: ResourceMethods[] = [
  { path: '/', methods: { GET: 'NONE' } },
  { path: '/orders', methods: { GET: 'NONE', POST: 'AWS_IAM' } },
  { path: '/orders/{id}', methods: { ANY: 'AWS_IAM', GET: 'NONE' } },
  { path: '/orders/export', methods: { GET: 'AWS_IAM' } },
  { path: '/files/{proxy+}', methods: { ANY: 'CUSTOM' } },
];

describe('matchMethod', () => {
  it('matches literal paths and the exact method', () => {
    expect(matchMethod(resources, 'post', '/orders')).toEqual({
      resourcePath: '/orders',
      httpMethod: 'POST',
      authorizationType: 'AWS_IAM',
    });
    expect(matchMethod(resources, 'GET', '/')).toMatchObject({ resourcePath: '/', authorizationType: 'NONE' });
  });

  it('prefers a literal segment over a path parameter', () => {
    expect(matchMethod(resources, 'GET', '/orders/export')).toMatchObject({
      resourcePath: '/orders/export',
      authorizationType: 'AWS_IAM',
    });
    expect(matchMethod(resources, 'GET', '/orders/42')).toMatchObject({
      resourcePath: '/orders/{id}',
      httpMethod: 'GET',
      authorizationType: 'NONE',
    });
  });

  it('falls back to ANY on the matched resource', () => {
    expect(matchMethod(resources, 'DELETE', '/orders/42')).toMatchObject({
      httpMethod: 'ANY',
      authorizationType: 'AWS_IAM',
    });
  });

  it('lets a greedy parameter take the rest of the path, but not nothing', () => {
    expect(matchMethod(resources, 'GET', '/files/a/b/c.txt')).toMatchObject({
      resourcePath: '/files/{proxy+}',
      authorizationType: 'CUSTOM',
    });
    expect(matchMethod(resources, 'GET', '/files')).toBeUndefined();
  });

  it('returns nothing when no resource or method matches', () => {
    expect(matchMethod(resources, 'GET', '/customers')).toBeUndefined();
    expect(matchMethod(resources, 'DELETE', '/orders')).toBeUndefined();
  });
});

describe('sampleRequest', () => {
  it('prefers a GET on a path without parameters', () => {
    expect(
      sampleRequest([
        { path: '/orders/{id}', methods: { GET: 'NONE' } },
        { path: '/orders', methods: { POST: 'NONE', GET: 'AWS_IAM' } },
      ]),
    ).toEqual({ method: 'GET', path: '/orders' });
  });

  it('fills path parameters and maps ANY to GET', () => {
    expect(
      sampleRequest([
        { path: '/', methods: {} },
        { path: '/files/{proxy+}', methods: { ANY: 'NONE' } },
      ]),
    ).toEqual({ method: 'GET', path: '/files/example' });
  });

  it('returns nothing for an API without methods', () => {
    expect(sampleRequest([{ path: '/', methods: {} }])).toBeUndefined();
  });
});

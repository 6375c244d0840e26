import { readFileSync } from 'node:fs';
import {
  ACMClient,
  DescribeCertificateCommand,
  ImportCertificateCommand,
  ListCertificatesCommand,
  type ListCertificatesCommandInput,
  paginateListCertificates,
  RequestCertificateCommand,
} from '@aws-sdk/client-acm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../server';
import { advanceClock, clientConfig, startTestEmulator } from '../ec2/testing';

const ACCOUNT = '444455556666';
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

let emulator: RunningEmulator;
let acm: ACMClient;
let rsaArn: string;
let ecArn: string;
let importedArn: string;

async function expectError(promise: Promise<unknown>, name: string) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(err?.name).toBe(name);
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  acm = new ACMClient(clientConfig(emulator, ACCOUNT));
});

afterAll(async () => {
  acm.destroy();
  await emulator.close();
});

describe('ACM', () => {
  it('issues requested certificates at once, with the hyphenated KeyAlgorithm', async () => {
    rsaArn = (
      await acm.send(
        new RequestCertificateCommand({
          DomainName: '*.internal.example.com',
          SubjectAlternativeNames: ['internal.example.com'],
          ValidationMethod: 'DNS',
        }),
      )
    ).CertificateArn!;
    expect(rsaArn).toMatch(/^arn:aws:acm:us-east-1:444455556666:certificate\/[0-9a-f-]{36}$/);
    ecArn = (
      await acm.send(new RequestCertificateCommand({ DomainName: 'ec.example.com', KeyAlgorithm: 'EC_prime256v1' }))
    ).CertificateArn!;
    const { Certificate } = await acm.send(new DescribeCertificateCommand({ CertificateArn: rsaArn }));
    expect(Certificate).toMatchObject({
      DomainName: '*.internal.example.com',
      SubjectAlternativeNames: ['*.internal.example.com', 'internal.example.com'],
      Status: 'ISSUED',
      Type: 'AMAZON_ISSUED',
      KeyAlgorithm: 'RSA-2048',
      InUseBy: [],
    });
    expect(Certificate?.DomainValidationOptions?.[0]).toMatchObject({
      ValidationStatus: 'SUCCESS',
      ResourceRecord: { Type: 'CNAME' },
    });
    expect(Certificate?.NotAfter!.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    const ec = await acm.send(new DescribeCertificateCommand({ CertificateArn: ecArn }));
    expect(ec.Certificate?.KeyAlgorithm).toBe('EC-prime256v1');
  });

  it('is idempotent per IdempotencyToken', async () => {
    const first = await acm.send(
      new RequestCertificateCommand({ DomainName: 'same.example.com', IdempotencyToken: 'tok1' }),
    );
    const second = await acm.send(
      new RequestCertificateCommand({ DomainName: 'same.example.com', IdempotencyToken: 'tok1' }),
    );
    expect(second.CertificateArn).toBe(first.CertificateArn);
  });

  it('rejects bad names and key algorithms', async () => {
    await expectError(acm.send(new RequestCertificateCommand({ DomainName: 'not a domain' })), 'ValidationException');
    await expectError(
      acm.send(new RequestCertificateCommand({ DomainName: 'x.example.com', KeyAlgorithm: 'RSA_1024' })),
      'ValidationException',
    );
  });

  it('imports PEM certificates and reads names and key type from them', async () => {
    importedArn = (
      await acm.send(
        new ImportCertificateCommand({
          Certificate: fixture('rsa-cert.pem'),
          PrivateKey: fixture('rsa-key.pem'),
        }),
      )
    ).CertificateArn!;
    const { Certificate } = await acm.send(new DescribeCertificateCommand({ CertificateArn: importedArn }));
    expect(Certificate).toMatchObject({
      DomainName: '*.imported.example.org',
      SubjectAlternativeNames: ['*.imported.example.org', 'imported.example.org'],
      Type: 'IMPORTED',
      KeyAlgorithm: 'RSA-2048',
      Status: 'ISSUED',
    });
    expect(Certificate?.ImportedAt).toBeInstanceOf(Date);
    const ec = (
      await acm.send(
        new ImportCertificateCommand({ Certificate: fixture('ec-cert.pem'), PrivateKey: fixture('ec-key.pem') }),
      )
    ).CertificateArn!;
    expect((await acm.send(new DescribeCertificateCommand({ CertificateArn: ec }))).Certificate?.KeyAlgorithm).toBe(
      'EC-prime256v1',
    );
    await expectError(
      acm.send(
        new ImportCertificateCommand({ Certificate: fixture('rsa-cert.pem'), PrivateKey: fixture('ec-key.pem') }),
      ),
      'ValidationException',
    );
  });

  it('hides EC keys by default and filters by key type and status', async () => {
    const list = async (input: ListCertificatesCommandInput) =>
      (await acm.send(new ListCertificatesCommand(input))).CertificateSummaryList!;
    const byDefault = await list({});
    expect(byDefault.every((c) => String(c.KeyAlgorithm) === 'RSA-2048')).toBe(true);
    expect(byDefault.map((c) => c.CertificateArn)).toContain(rsaArn);
    expect(byDefault.map((c) => c.CertificateArn)).not.toContain(ecArn);
    const withEc = await list({ Includes: { keyTypes: ['RSA_2048', 'EC_prime256v1'] } });
    expect(withEc.map((c) => c.CertificateArn)).toContain(ecArn);
    expect(await list({ CertificateStatuses: ['EXPIRED'] })).toEqual([]);
    const summary = byDefault.find((c) => c.CertificateArn === rsaArn)!;
    expect(summary).toMatchObject({
      Status: 'ISSUED',
      Type: 'AMAZON_ISSUED',
      InUse: false,
      SubjectAlternativeNameSummaries: ['*.internal.example.com', 'internal.example.com'],
    });
    await expectError(
      acm.send(new ListCertificatesCommand({ Includes: { keyTypes: ['DSA' as never] } })),
      'ValidationException',
    );
  });

  it('pages with MaxItems and rejects out-of-range values', async () => {
    const arns: string[] = [];
    for await (const page of paginateListCertificates({ client: acm, pageSize: 2 }, {})) {
      expect(page.CertificateSummaryList!.length).toBeLessThanOrEqual(2);
      arns.push(...page.CertificateSummaryList!.map((c) => c.CertificateArn!));
    }
    expect(new Set(arns).size).toBe(3);
    await expectError(acm.send(new ListCertificatesCommand({ MaxItems: 1001 })), 'ValidationException');
  });

  it('reports unknown and malformed ARNs', async () => {
    await expectError(acm.send(new DescribeCertificateCommand({ CertificateArn: 'nope' })), 'InvalidArnException');
    await expectError(
      acm.send(new DescribeCertificateCommand({ CertificateArn: rsaArn.replace('us-east-1', 'eu-west-1') })),
      'ResourceNotFoundException',
    );
  });

  it('expires certificates on the emulator clock', async () => {
    await advanceClock(emulator, 400 * 86_400);
    const { Certificate } = await acm.send(new DescribeCertificateCommand({ CertificateArn: rsaArn }));
    expect(Certificate?.Status).toBe('EXPIRED');
    const expired = await acm.send(new ListCertificatesCommand({ CertificateStatuses: ['EXPIRED'] }));
    expect(expired.CertificateSummaryList?.map((c) => c.CertificateArn)).toContain(rsaArn);
    const imported = await acm.send(new DescribeCertificateCommand({ CertificateArn: importedArn }));
    expect(imported.Certificate?.Status).toBe('ISSUED');
  });
});

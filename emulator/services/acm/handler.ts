import { awsJsonOperation, awsJsonResponse } from '../../core/protocols/awsJson';
import type { RequestInput } from '../../core/input';
import { AwsError, type ServiceContext, type ServiceHandler } from '../../core/types';
import { findCertificate, importCertificate, requestCertificate } from './certificates';
import { inUseBy } from './in-use';
import { blobText, bodyOf, includedKeyTypes, tagsOf } from './input';
import { listCertificates } from './list';
import { certificateDetail, certificateSummary } from './wire';
import { entry } from '../../core/entry';

type Operation = (ctx: ServiceContext, input: RequestInput) => unknown;

const OPERATIONS: Record<string, Operation> = {
  RequestCertificate: (ctx, input) => {
    const validationMethod = input.oneOf('ValidationMethod', ['EMAIL', 'DNS']);
    if (input.string('CertificateAuthorityArn')) {
      throw new AwsError(
        'InvalidParameterException',
        400,
        'Private certificates (CertificateAuthorityArn) are not supported by the emulator.',
      );
    }
    const cert = requestCertificate(
      ctx.state,
      ctx.req.account,
      ctx.req.region,
      {
        domainName: input.required('DomainName'),
        subjectAlternativeNames: input.strings('SubjectAlternativeNames'),
        keyAlgorithm: input.string('KeyAlgorithm'),
        validationMethod,
        idempotencyToken: input.string('IdempotencyToken'),
        tags: tagsOf(input),
      },
      ctx.now(),
    );
    ctx.commit();
    return { CertificateArn: cert.certificateArn };
  },
  ImportCertificate: (ctx, input) => {
    const cert = importCertificate(
      ctx.state,
      ctx.req.account,
      ctx.req.region,
      {
        certificatePem: blobText(input, 'Certificate'),
        privateKeyPem: blobText(input, 'PrivateKey'),
        certificateArn: input.string('CertificateArn'),
        tags: tagsOf(input),
      },
      ctx.now(),
    );
    ctx.commit();
    return { CertificateArn: cert.certificateArn };
  },
  ListCertificates: (ctx, input) => {
    const sortOrder = input.string('SortOrder');
    const now = ctx.now();
    const page = listCertificates(
      ctx.state,
      ctx.req.account,
      ctx.req.region,
      {
        certificateStatuses: input.strings('CertificateStatuses'),
        keyTypes: includedKeyTypes(input),
        maxItems: input.number('MaxItems'),
        nextToken: input.string('NextToken'),
        sortOrder: sortOrder === 'DESCENDING' ? 'DESCENDING' : 'ASCENDING',
      },
      now,
    );
    return {
      CertificateSummaryList: page.certificates.map((c) =>
        certificateSummary(c, inUseBy(ctx.state, c.certificateArn), now),
      ),
      NextToken: page.nextToken,
    };
  },
  DescribeCertificate: (ctx, input) => {
    const cert = findCertificate(ctx.state, ctx.req.account, ctx.req.region, input.required('CertificateArn'));
    return { Certificate: certificateDetail(cert, inUseBy(ctx.state, cert.certificateArn), ctx.now()) };
  },
};

/** awsJson1_1 with `X-Amz-Target: CertificateManager.<Op>`; AwsErrors are rendered by the core. */
export const handle: ServiceHandler = (ctx) => {
  const name = awsJsonOperation(ctx.req, 'CertificateManager');
  const operation = entry(OPERATIONS, name);
  if (!operation) throw new AwsError('UnknownOperationException', 400, `The emulator does not implement ACM ${name}.`);
  return awsJsonResponse(operation(ctx, bodyOf(ctx.req)));
};

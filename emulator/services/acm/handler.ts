import { awsJsonOperation, awsJsonResponse, parseAwsJsonBody } from '../../core/protocols/awsJson';
import { AwsError, type ServiceContext, type ServiceHandler } from '../../core/types';
import { findCertificate, importCertificate, requestCertificate } from './certificates';
import { inUseBy } from './in-use';
import { JsonInput } from './input';
import { listCertificates } from './list';
import { certificateDetail, certificateSummary } from './wire';

type Operation = (ctx: ServiceContext, input: JsonInput) => unknown;

const OPERATIONS: Record<string, Operation> = {
  RequestCertificate: (ctx, input) => {
    const validationMethod = input.string('ValidationMethod');
    if (validationMethod !== undefined && validationMethod !== 'DNS' && validationMethod !== 'EMAIL') {
      throw new AwsError(
        'ValidationException',
        400,
        `Value '${validationMethod}' at 'validationMethod' failed to satisfy constraint: Member must satisfy enum value set: [EMAIL, DNS]`,
      );
    }
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
        domainName: input.requiredString('DomainName'),
        subjectAlternativeNames: input.stringList('SubjectAlternativeNames'),
        keyAlgorithm: input.string('KeyAlgorithm'),
        validationMethod,
        idempotencyToken: input.string('IdempotencyToken'),
        tags: input.tags(),
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
        certificatePem: input.blobText('Certificate'),
        privateKeyPem: input.blobText('PrivateKey'),
        certificateArn: input.string('CertificateArn'),
        tags: input.tags(),
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
        certificateStatuses: input.stringList('CertificateStatuses'),
        keyTypes: input.stringList('keyTypes', input.object('Includes') ?? {}),
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
    const cert = findCertificate(ctx.state, ctx.req.account, ctx.req.region, input.requiredString('CertificateArn'));
    return { Certificate: certificateDetail(cert, inUseBy(ctx.state, cert.certificateArn), ctx.now()) };
  },
};

/** awsJson1_1 with `X-Amz-Target: CertificateManager.<Op>`; AwsErrors are rendered by the core. */
export const handle: ServiceHandler = (ctx) => {
  const name = awsJsonOperation(ctx.req, 'CertificateManager');
  const operation = OPERATIONS[name];
  if (!operation) throw new AwsError('UnknownOperationException', 400, `The emulator does not implement ACM ${name}.`);
  return awsJsonResponse(operation(ctx, new JsonInput(parseAwsJsonBody(ctx.req))));
};

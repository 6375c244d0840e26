import { jsonResponse } from '../../core/protocols/restJson';
import type { RequestInput } from '../../core/input';
import { AwsError, type ServiceContext, type ServiceHandler } from '../../core/types';
import { ramError } from './errors';
import { bodyOf, queryOf, tagFiltersOf, tagsOf } from './input';
import {
  acceptInvitation,
  expireInvitations,
  pendingInvitationResources,
  receivedInvitations,
  rejectInvitation,
} from './invitations';
import { pageOf } from './paging';
import { getResourceShareAssociations, getResourceShares, listPrincipals, listResources } from './queries';
import { RESOURCE_TYPES, resourceExists } from './shared-resources';
import {
  associateResourceShare,
  createResourceShare,
  deleteResourceShare,
  disassociateResourceShare,
  findOwnShare,
  updateResourceShare,
} from './shares';
import { changeToWire, invitationToWire, permissionToWire, resourceToWire, shareToWire } from './wire';
import { entry } from '../../core/entry';

const OWNERS = ['SELF', 'OTHER-ACCOUNTS'] as const;

interface Call {
  ctx: ServiceContext;
  input: RequestInput;
  account: string;
  region: string;
  now: Date;
}

type Operation = { mutates: boolean; run: (call: Call) => unknown };

const paged = <T>(input: RequestInput, items: T[], key: string) => {
  const page = pageOf(items, input.number('maxResults'), input.string('nextToken'));
  return { [key]: page.items, nextToken: page.nextToken };
};

/** Associate and disassociate take and answer the same shapes; only the change they make differs. */
const associationChange = (change: typeof associateResourceShare): Operation => ({
  mutates: true,
  run: ({ ctx, input, account, region, now }) => {
    const targets = { resourceArns: input.strings('resourceArns'), principals: input.strings('principals') };
    const changes = change(ctx.state, account, region, input.required('resourceShareArn'), targets, now);
    return {
      resourceShareAssociations: changes.map((c) => changeToWire(c, now)),
      clientToken: input.string('clientToken'),
    };
  },
});

/** Accept and reject: the same input and answer around a different decision. */
const invitationDecision = (decide: typeof acceptInvitation): Operation => ({
  mutates: true,
  run: ({ ctx, input, account, region, now }) => {
    const invitation = decide(ctx.state, account, region, input.required('resourceShareInvitationArn'), now);
    return { resourceShareInvitation: invitationToWire(invitation), clientToken: input.string('clientToken') };
  },
});

/** Keyed by the lowercase operation name that is also the request path. */
const OPERATIONS: Record<string, Operation> = {
  createresourceshare: {
    mutates: true,
    run: ({ ctx, input, account, region, now }) => {
      const share = createResourceShare(
        ctx.state,
        account,
        region,
        {
          name: input.required('name'),
          resourceArns: input.strings('resourceArns'),
          principals: input.strings('principals'),
          permissionArns: input.strings('permissionArns'),
          allowExternalPrincipals: input.boolean('allowExternalPrincipals'),
          tags: tagsOf(input),
        },
        now,
      );
      return { resourceShare: shareToWire(share), clientToken: input.string('clientToken') };
    },
  },
  updateresourceshare: {
    mutates: true,
    run: ({ ctx, input, account, region, now }) => {
      const share = updateResourceShare(
        ctx.state,
        account,
        region,
        input.required('resourceShareArn'),
        {
          name: input.string('name'),
          allowExternalPrincipals: input.boolean('allowExternalPrincipals'),
        },
        now,
      );
      return { resourceShare: shareToWire(share), clientToken: input.string('clientToken') };
    },
  },
  deleteresourceshare: {
    mutates: true,
    run: ({ ctx, account, region, now }) => {
      const query = queryOf(ctx.req);
      deleteResourceShare(ctx.state, account, region, query.required('resourceShareArn'), now);
      return { returnValue: true, clientToken: query.string('clientToken') };
    },
  },
  getresourceshares: {
    mutates: false,
    run: ({ ctx, input, account, region }) => {
      const shares = getResourceShares(ctx.state, account, region, input.requiredOneOf('resourceOwner', OWNERS), {
        resourceShareArns: input.strings('resourceShareArns'),
        status: input.oneOf('resourceShareStatus', ['PENDING', 'ACTIVE', 'FAILED', 'DELETING', 'DELETED'] as const),
        name: input.string('name'),
        permissionArn: input.string('permissionArn'),
        tagFilters: tagFiltersOf(input),
      });
      return paged(input, shares.map(shareToWire), 'resourceShares');
    },
  },
  associateresourceshare: associationChange(associateResourceShare),
  disassociateresourceshare: associationChange(disassociateResourceShare),
  getresourceshareassociations: {
    mutates: false,
    run: ({ ctx, input, account, region }) => {
      const associations = getResourceShareAssociations(ctx.state, account, region, {
        associationType: input.requiredOneOf('associationType', ['PRINCIPAL', 'RESOURCE'] as const),
        resourceShareArns: input.strings('resourceShareArns'),
        resourceArn: input.string('resourceArn'),
        principal: input.string('principal'),
        associationStatus: input.oneOf('associationStatus', [
          'ASSOCIATING',
          'ASSOCIATED',
          'FAILED',
          'DISASSOCIATING',
          'DISASSOCIATED',
        ] as const),
      });
      return paged(input, associations, 'resourceShareAssociations');
    },
  },
  getresourceshareinvitations: {
    mutates: false,
    run: ({ ctx, input, account, region }) => {
      const arns = input.strings('resourceShareInvitationArns');
      const shareArns = input.strings('resourceShareArns');
      const invitations = receivedInvitations(ctx.state, account, region);
      for (const arn of arns ?? []) {
        if (!invitations.some((i) => i.resourceShareInvitationArn === arn)) {
          throw ramError(
            'ResourceShareInvitationArnNotFoundException',
            `ResourceShareInvitation ${arn} could not be found.`,
          );
        }
      }
      const selected = invitations.filter(
        (i) =>
          (!arns?.length || arns.includes(i.resourceShareInvitationArn)) &&
          (!shareArns?.length || shareArns.includes(i.resourceShareArn)),
      );
      return paged(input, selected.map(invitationToWire), 'resourceShareInvitations');
    },
  },
  acceptresourceshareinvitation: invitationDecision(acceptInvitation),
  rejectresourceshareinvitation: invitationDecision(rejectInvitation),
  listresources: {
    mutates: false,
    run: ({ ctx, input, account, region }) => {
      const resources = listResources(ctx.state, account, region, input.requiredOneOf('resourceOwner', OWNERS), {
        principal: input.string('principal'),
        resourceType: input.string('resourceType'),
        resourceArns: input.strings('resourceArns'),
        resourceShareArns: input.strings('resourceShareArns'),
      });
      return paged(input, resources, 'resources');
    },
  },
  listpendinginvitationresources: {
    mutates: false,
    run: ({ ctx, input, account, region }) => {
      const { share, resources } = pendingInvitationResources(
        ctx.state,
        account,
        region,
        input.required('resourceShareInvitationArn'),
      );
      return paged(
        input,
        share ? resources.map((r) => resourceToWire(share, r, resourceExists(ctx.state, r.arn))) : [],
        'resources',
      );
    },
  },
  listprincipals: {
    mutates: false,
    run: ({ ctx, input, account, region }) => {
      const principals = listPrincipals(ctx.state, account, region, input.requiredOneOf('resourceOwner', OWNERS), {
        resourceArn: input.string('resourceArn'),
        principals: input.strings('principals'),
        resourceType: input.string('resourceType'),
        resourceShareArns: input.strings('resourceShareArns'),
      });
      return paged(input, principals, 'principals');
    },
  },
  listresourcetypes: {
    mutates: false,
    run: ({ input }) => {
      const scope = input.oneOf('resourceRegionScope', ['ALL', 'REGIONAL', 'GLOBAL'] as const);
      return paged(
        input,
        RESOURCE_TYPES.filter((t) => !scope || scope === 'ALL' || t.resourceRegionScope === scope),
        'resourceTypes',
      );
    },
  },
  listresourcesharepermissions: {
    mutates: false,
    run: ({ ctx, input, account, region }) => {
      const share = findOwnShare(ctx.state, account, region, input.required('resourceShareArn'));
      return paged(input, [permissionToWire(share)], 'permissions');
    },
  },
};

/** restJson1: `POST /<lowercase op>` (DeleteResourceShare: `DELETE` with query). AwsErrors are rendered by the core. */
export const handle: ServiceHandler = (ctx) => {
  const name = ctx.req.rawPath.replace(/^\/|\/$/g, '');
  const operation = entry(OPERATIONS, name);
  const expectedMethod = name === 'deleteresourceshare' ? 'DELETE' : 'POST';
  if (!operation || ctx.req.method !== expectedMethod) {
    throw new AwsError(
      'UnknownOperationException',
      404,
      `The emulator does not implement RAM ${ctx.req.method} ${ctx.req.rawPath}`,
    );
  }
  const now = ctx.now();
  const expired = expireInvitations(ctx.state, now);
  const input = bodyOf(ctx.req);
  const result = operation.run({ ctx, input, account: ctx.req.account, region: ctx.req.region, now });
  if (operation.mutates || expired) ctx.commit();
  return jsonResponse(200, result);
};

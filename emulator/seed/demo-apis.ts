import type { EmulatorState } from '../core/state';
import { ACCOUNTS, CONSUMER, OUTSIDER, PROVIDER } from './demo-ids';
import { seedApi } from './seed-apis';
import { seedOrdersMethodAuth } from './seed-method-auth';
import { allowOnlyFromEndpoints, ALLOW_EVERYONE } from './seed-policies';

const P = PROVIDER['us-east-1'];
const C = CONSUMER['us-east-1'];

/** The demo's REST APIs; the consumer's app endpoint is allowed on the APIs behind the shared domain. */
export function seedDemoApis(state: EmulatorState, at: Date) {
  const provider = (spec: Parameters<typeof seedApi>[3]) => seedApi(state, ACCOUNTS.provider, 'us-east-1', spec, at);
  const orders = provider({
    ...P.apis.orders,
    description: 'Order lifecycle for checkout and fulfilment',
    type: 'PRIVATE',
    vpcEndpointIds: [P.vpceId],
    policy: allowOnlyFromEndpoints([P.vpceId, C.appVpceId]),
    backend: 'https://orders.service.internal',
    routes: {
      '/orders': ['GET', 'POST'],
      '/orders/{orderId}': ['GET', 'PUT', 'DELETE'],
      '/orders/{orderId}/items': ['GET'],
      '/health': ['GET'],
    },
    tags: { Team: 'orders' },
    extend: (api, ids) => seedOrdersMethodAuth(api, ACCOUNTS.provider, 'us-east-1', ids),
  });
  const payments = provider({
    ...P.apis.payments,
    description: 'Card payments and refunds',
    type: 'PRIVATE',
    policy: allowOnlyFromEndpoints([P.vpceId, C.appVpceId]),
    backend: 'https://payments.service.internal',
    routes: { '/payments': ['POST'], '/payments/{paymentId}': ['GET'], '/refunds': ['POST'] },
    tags: { Team: 'payments' },
  });
  const inventory = provider({
    ...P.apis.inventory,
    description: 'Stock levels per SKU and warehouse',
    type: 'PRIVATE',
    policy: allowOnlyFromEndpoints([P.vpceId]),
    backend: 'https://inventory.service.internal',
    routes: { '/items': ['GET'], '/items/{sku}': ['GET', 'PUT'], '/warehouses/{warehouseId}/stock': ['GET'] },
    tags: { Team: 'inventory' },
  });
  const partnerCatalog = provider({
    ...P.apis.partnerCatalog,
    description: 'Product catalogue exposed to partner integrations',
    type: 'PRIVATE',
    policy: allowOnlyFromEndpoints([P.vpceId]),
    backend: 'https://catalog.service.internal',
    routes: { '/products': ['GET'], '/products/{productId}': ['GET'], '/categories': ['GET'] },
    tags: { Team: 'partnerships' },
  });
  provider({
    ...P.apis.publicStatus,
    description: 'Public status page backend (REGIONAL, not private)',
    type: 'REGIONAL',
    policy: ALLOW_EVERYONE,
    routes: { '/status': ['GET'], '/incidents': ['GET'] },
  });
  const eu = PROVIDER['eu-west-1'];
  seedApi(
    state,
    ACCOUNTS.provider,
    'eu-west-1',
    {
      ...eu.apis.ordersEu,
      description: 'Order lifecycle, EU data residency',
      type: 'PRIVATE',
      vpcEndpointIds: [eu.vpceId],
      policy: allowOnlyFromEndpoints([eu.vpceId]),
      backend: 'https://orders.eu.service.internal',
      routes: { '/orders': ['GET', 'POST'], '/orders/{orderId}': ['GET'] },
      tags: { Team: 'orders' },
    },
    at,
  );
  const O = OUTSIDER['us-east-1'];
  const sandbox = seedApi(
    state,
    ACCOUNTS.outsider,
    'us-east-1',
    {
      ...O.apis.sandbox,
      description: 'Experiments',
      type: 'PRIVATE',
      policy: allowOnlyFromEndpoints([O.vpceId]),
      routes: { '/echo': ['GET', 'POST'] },
    },
    at,
  );
  return { orders, payments, inventory, partnerCatalog, sandbox };
}

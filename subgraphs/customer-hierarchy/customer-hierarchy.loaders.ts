import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AuditEvent } from '../common/audit/audit-event.type';
import { toAuditLogPage, type AuditLogRequest } from '../common/audit/audit-log';
import { readAuditLog } from '../common/contracts/audit';
import type { Viewer } from '../common/auth/tokens';
import { accountsById, organizationsById } from '../common/contracts/accounts';
import { groupLoader, isUuid, pageLoader, rowLoader } from '../common/loaders';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { countCustomers, CUSTOMER_CURSOR, fetchCustomerPage, type CustomerListFilter } from './customer/customer-list';
import { decisionLoader } from '../common/access/capability';
import {
  conduitTarget,
  customerTarget,
  loadAssignmentFacts,
  loadAssignmentsIn,
  serverTarget,
} from './access/access-facts';
import { answerPortalQuestion, type PortalDecisionFacts } from './decision/decision.service';
import type { AssignmentFacts } from './access/reach';
import { DepartmentAssociationEntity } from './association/association.entity';
import { CustomerEntity } from './customer/customer.entity';
import { SalesConduitEntity, ServerEntity } from './hierarchy/hierarchy.entity';
import {
  ActivationCodeEntity,
  BroadcastGroupEntity,
  CustomerDepartmentEntity,
  CustomerGroupEntity,
  CustomerNoteEntity,
  EndUserEntity,
  EndUserFeatureKeyEntity,
  ExternalContactEntity,
} from './workspace/workspace.entity';

/** A customer row of a page, with its keyset key. */
export type CustomerPageRow = CustomerEntity & { pageKey: string[] };

/** A page of a customer list asked at the root. */
export interface CustomerPageKey {
  first: number;
  after: string | null;
  filter: CustomerListFilter;
}

/** An account as the accounts' published directory shows it. */
export interface DirectoryAccount {
  id: string;
  email: string;
  name: string;
}

/**
 * Every loader of the customer-hierarchy subgraph, per request: lists, references and the caller's assignments
 * all go through here, so a page of customers with their departments costs the same statements however long.
 */
export function createCustomerHierarchyLoaders(db: DataSource, currentViewer: () => Viewer | null) {
  const byId = <T extends { id: string }>(entity: new () => T) =>
    rowLoader<T>(
      (ids) => db.getRepository(entity).findBy({ id: In(ids) } as never),
      (r) => r.id,
    );
  const byCustomer = <T extends { customerId: string }>(entity: new () => T, order: Record<string, 'ASC' | 'DESC'>) =>
    groupLoader<T>(
      (ids) => db.getRepository(entity).find({ where: { customerId: In(ids) } as never, order: order as never }),
      (r) => r.customerId,
    );
  const membersLoader = (table: 'group_members' | 'broadcast_group_members') =>
    groupLoader<EndUserEntity & { groupId: string }>(
      async (ids) =>
        (
          (await db.query(
            `SELECT m.group_id, u.id, u.customer_id, u.name, u.email, u.created_at FROM customer_hierarchy.${table} m
             JOIN customer_hierarchy.end_users u ON u.id = m.end_user_id
             WHERE m.group_id = ANY($1::uuid[]) ORDER BY u.email`,
            [ids.filter(isUuid)],
          )) as Array<Record<string, unknown>>
        ).map((r) =>
          Object.assign(new EndUserEntity(), {
            id: r.id as string,
            customerId: r.customer_id as string,
            name: r.name as string,
            email: r.email as string,
            createdAt: r.created_at as Date,
            groupId: r.group_id as string,
          }),
        ),
      (r) => r.groupId,
    );
  const assignmentsByAccountId = groupLoader<AssignmentFacts>(
    (ids) => loadAssignmentFacts(db, { accountIds: ids }),
    (a) => a.accountId,
  );
  const assignmentsIn = (column: 'server_id' | 'conduit_id' | 'customer_id', keyOf: (a: AssignmentFacts) => string[]) =>
    new DataLoader<string, AssignmentFacts[]>(async (keys) => {
      const rows = await loadAssignmentsIn(db, column, [...new Set(keys)]);
      return keys.map((k) => rows.filter((r) => keyOf(r).includes(k)));
    });

  const serverById = rowLoader(
    (ids) => db.getRepository(ServerEntity).findBy({ id: In(ids) }),
    (s) => s.id,
  );
  const conduitById = rowLoader(
    (ids) => db.getRepository(SalesConduitEntity).findBy({ id: In(ids) }),
    (c) => c.id,
  );
  const customerById = rowLoader(
    (ids) => db.getRepository(CustomerEntity).findBy({ id: In(ids) }),
    (c) => c.id,
  );
  const decisionFacts: PortalDecisionFacts = {
    target: async (kind, id) => {
      if (!isUuid(id)) return null;
      if (kind === 'Customer') {
        const c = await customerById.load(id);
        return c ? customerTarget(c) : null;
      }
      if (kind === 'SalesConduit') {
        const c = await conduitById.load(id);
        return c ? conduitTarget(c) : null;
      }
      return (await serverById.load(id)) ? serverTarget({ id }) : null;
    },
    assignments: (accountId) => assignmentsByAccountId.load(accountId),
  };

  return {
    /** X-2: the hierarchy's answers by decision key, by `decide` over these loaders' facts. */
    portalAccessDecision: decisionLoader('customer-hierarchy', currentViewer, (viewer, key, q) =>
      answerPortalQuestion(viewer, decisionFacts, key, q),
    ),
    /** The caller's portal role assignments (none when signed out). */
    viewerAssignments: (): Promise<AssignmentFacts[]> => {
      const viewer = currentViewer();
      return viewer ? assignmentsByAccountId.load(viewer.accountId) : Promise.resolve([]);
    },
    assignmentsByAccountId,
    assignmentById: rowLoader<AssignmentFacts>(
      (ids) => loadAssignmentFacts(db, { ids }),
      (a) => a.id,
    ),
    /** Portal users of a server, a conduit (its own and its customers'), a customer (its own and assigned reps/managers). */
    assignmentsByServerId: assignmentsIn('server_id', (a) => (a.serverId ? [a.serverId] : [])),
    assignmentsByConduitId: assignmentsIn('conduit_id', (a) => (a.conduitId ? [a.conduitId] : [])),
    assignmentsByCustomerId: assignmentsIn('customer_id', (a) => [
      ...(a.customerId ? [a.customerId] : []),
      ...a.customerIds,
    ]),
    /** Accounts from the accounts' published directory (names and e-mails of portal users; entity references). */
    accountById: rowLoader<DirectoryAccount>(
      async (ids) => (await accountsById(db, ids)).map((a) => ({ id: a.accountId, email: a.email, name: a.name })),
      (a) => a.id,
    ),
    /** A customer's name: its organization's, read from the accounts' published directory (never copied, ES-1). */
    organizationById: rowLoader<{ id: string; name: string }>(
      async (ids) => (await organizationsById(db, ids)).map((o) => ({ id: o.organizationId, name: o.name })),
      (o) => o.id,
    ),
    serverById,
    conduitById,
    conduitsByServerId: groupLoader(
      (ids) => db.getRepository(SalesConduitEntity).find({ where: { serverId: In(ids) }, order: { name: 'ASC' } }),
      (c) => c.serverId,
    ),
    customerById,
    customerByOrganizationId: rowLoader(
      (ids) => db.getRepository(CustomerEntity).findBy({ organizationId: In(ids) }),
      (c) => c.organizationId,
    ),
    /** Pages of customers within the caller's reach, filtered (issue 13): one statement per page asked. */
    customersPage: new DataLoader<CustomerPageKey, Page<CustomerPageRow>, string>(
      (keys) =>
        Promise.all(
          keys.map(async (k) =>
            toPage(
              await fetchCustomerPage(db, null, k.first, decodeCursor(k.after, CUSTOMER_CURSOR), k.filter),
              k.first,
              (c) => c.pageKey,
            ),
          ),
        ),
      { cacheKeyFn: (k) => JSON.stringify(k) },
    ),
    /** The same per sales conduit: one statement for the pages of every conduit asked (LATERAL). */
    customersOfConduitPage: pageLoader<CustomerPageRow, CustomerListFilter>(
      (conduitIds, first, after, filter) => fetchCustomerPage(db, conduitIds, first, after, filter),
      (c) => c.pageKey,
      CUSTOMER_CURSOR,
    ),
    /** totalCount of a customer list: per conduit, or ('' ) of every conduit; one statement per filter. */
    customerCount: new DataLoader<{ conduitId: string; filter: CustomerListFilter }, number, string>(
      async (keys) => {
        const byFilter = new Map<string, { filter: CustomerListFilter; conduitIds: Set<string>; all: boolean }>();
        for (const k of keys) {
          const f = JSON.stringify(k.filter);
          const entry = byFilter.get(f) ?? { filter: k.filter, conduitIds: new Set<string>(), all: false };
          if (k.conduitId === '') entry.all = true;
          else if (isUuid(k.conduitId)) entry.conduitIds.add(k.conduitId);
          byFilter.set(f, entry);
        }
        const counts = new Map<string, number>();
        for (const [f, { filter, conduitIds, all }] of byFilter) {
          const rows = [
            ...(all ? await countCustomers(db, null, filter) : []),
            ...(conduitIds.size ? await countCustomers(db, [...conduitIds], filter) : []),
          ];
          for (const r of rows) counts.set(`${r.parentId}|${f}`, Number(r.n));
        }
        return keys.map((k) => counts.get(`${k.conduitId}|${JSON.stringify(k.filter)}`) ?? 0);
      },
      { cacheKeyFn: (k) => `${k.conduitId}|${JSON.stringify(k.filter)}` },
    ),
    departmentById: rowLoader(
      (ids) => db.getRepository(CustomerDepartmentEntity).findBy({ id: In(ids) }),
      (d) => d.id,
    ),
    departmentsByCustomerId: byCustomer(CustomerDepartmentEntity, { name: 'ASC' }),
    groupsByCustomerId: byCustomer(CustomerGroupEntity, { name: 'ASC' }),
    broadcastGroupsByCustomerId: byCustomer(BroadcastGroupEntity, { name: 'ASC' }),
    endUsersByCustomerId: byCustomer(EndUserEntity, { email: 'ASC' }),
    notesByCustomerId: byCustomer(CustomerNoteEntity, { createdAt: 'ASC', id: 'ASC' }),
    activationCodesByCustomerId: byCustomer(ActivationCodeEntity, { createdAt: 'ASC', id: 'ASC' }),
    externalContactsByCustomerId: byCustomer(ExternalContactEntity, { position: 'ASC' }),
    /** A group's members (issue 13): one statement per page of groups, however many. */
    membersByGroupId: membersLoader('group_members'),
    membersByBroadcastGroupId: membersLoader('broadcast_group_members'),
    featureKeysByEndUserId: groupLoader(
      (ids) =>
        db.getRepository(EndUserFeatureKeyEntity).find({ where: { endUserId: In(ids) }, order: { featureKey: 'ASC' } }),
      (k) => k.endUserId,
    ),
    associationById: rowLoader(
      (ids) => db.getRepository(DepartmentAssociationEntity).findBy({ id: In(ids) }),
      (a) => a.id,
    ),
    /** Associations with either end in the customer. */
    associationsByCustomerId: new DataLoader<string, DepartmentAssociationEntity[]>(async (keys) => {
      const valid = [...new Set(keys.filter(isUuid))];
      const rows = valid.length
        ? await db.getRepository(DepartmentAssociationEntity).find({
            where: [{ customerAId: In(valid) }, { customerBId: In(valid) }],
            order: { createdAt: 'ASC', id: 'ASC' },
          })
        : [];
      return keys.map((k) => rows.filter((r) => r.customerAId === k || r.customerBId === k));
    }),
    /** Pages of an organization's audit log (this domain's, X-3), one statement per page asked. */
    auditLog: new DataLoader<AuditLogRequest, Page<AuditEvent>, string>(
      (requests) =>
        Promise.all(
          requests.map(async (r) =>
            toAuditLogPage(await readAuditLog(db, r.organizationId, r.first + 1, r.after, r.filter), r.first),
          ),
        ),
      { cacheKeyFn: (r) => JSON.stringify(r) },
    ),
    // By id for `node(id:)` (issue 13).
    groupById: byId(CustomerGroupEntity),
    broadcastGroupById: byId(BroadcastGroupEntity),
    endUserById: byId(EndUserEntity),
    noteById: byId(CustomerNoteEntity),
    activationCodeById: byId(ActivationCodeEntity),
    externalContactById: byId(ExternalContactEntity),
  };
}

export type CustomerHierarchyLoaders = ReturnType<typeof createCustomerHierarchyLoaders>;

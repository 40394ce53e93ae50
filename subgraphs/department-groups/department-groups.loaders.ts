import { accountsById, ACCOUNTS_VIEWS, organizationsById } from '../common/contracts/accounts';
import DataLoader from 'dataloader';
import { decisionLoader } from '../common/access/capability';
import { answerLiveChatQuestion, type LiveChatDecisionFacts } from './decision/decision.service';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/tokens';
import { countLoader, groupLoader, isUuid, pageLoader, rowLoader } from '../common/loaders';
import { departmentsShownTo } from './access/decide';
import { ChatEntity, ChatMessageEntity } from './chat/chat.entity';
import { DepartmentEntity, DepartmentGroupEntity } from './department/department.entity';
import type { OperatorRef } from './operator/operator.model';
import { loadAccessFacts, loadDepartmentLayout, pairKey, type AccessFacts } from './access/access-facts';
import type { DepartmentGroupFacts } from './access/grants';
import { RoleEntity, RoleGrantEntity } from './role/role.entity';
import { UserGroupEntity } from './user-group/user-group.entity';

type Tagged<T> = T & { parentId: string };

/** Rows tagged with the key they were fetched for (for many-to-many lists through a join). */
function taggedGroupLoader<Row>(fetch: (ids: string[]) => Promise<Array<Tagged<Row>>>) {
  return groupLoader<Tagged<Row>>(fetch, (r) => r.parentId);
}

function tag<T extends object>(
  entity: new () => T,
  row: Record<string, unknown>,
  fields: Record<string, string>,
): Tagged<T> {
  const out = new entity() as Record<string, unknown>;
  for (const [prop, column] of Object.entries(fields)) out[prop] = row[column];
  out.parentId = row.parent_id;
  return out as Tagged<T>;
}

const USER_GROUP_FIELDS = {
  id: 'id',
  organizationId: 'organization_id',
  name: 'name',
  required: 'required',
  createdAt: 'created_at',
};
const DEPARTMENT_FIELDS = {
  id: 'id',
  organizationId: 'organization_id',
  number: 'number',
  name: 'name',
  createdAt: 'created_at',
};
const ROLE_FIELDS = { id: 'id', organizationId: 'organization_id', name: 'name', createdAt: 'created_at' };

/** A pair key's parts, or null when either is not a UUID (never sent to Postgres). */
function splitPair(key: string): { organizationId: string; accountId: string } | null {
  const [organizationId, accountId] = key.split('|');
  return isUuid(organizationId) && isUuid(accountId) ? { organizationId, accountId } : null;
}

/**
 * Every loader of the department-groups subgraph, per request. Lists and references all go through here, so
 * a page of operators with their groups costs the same statements however long it is.
 */
export function createDepartmentGroupsLoaders(db: DataSource, currentViewer: () => Viewer | null) {
  const accessFacts = new DataLoader<string, AccessFacts | null>(async (keys) => {
    const pairs = keys.map(splitPair);
    const facts = await loadAccessFacts(
      db,
      pairs.filter((p): p is NonNullable<typeof p> => p !== null),
    );
    return keys.map((k) => facts.get(k) ?? null);
  });
  const layoutByOrganizationId = new DataLoader<string, { departmentIds: string[]; groups: DepartmentGroupFacts[] }>(
    async (orgIds) => {
      const layouts = await loadDepartmentLayout(db, orgIds.filter(isUuid));
      return orgIds.map((o) => layouts.get(o) ?? { departmentIds: [], groups: [] });
    },
  );
  /** The caller's facts in an organization (null when signed out or the id is malformed). */
  const viewerFacts = (organizationId: string): Promise<AccessFacts | null> => {
    const viewer = currentViewer();
    return viewer ? accessFacts.load(pairKey(organizationId, viewer.accountId)) : Promise.resolve(null);
  };
  /** LHC-5: the departments the caller sees in an organization. */
  const viewerVisibleDepartments = async (organizationId: string): Promise<Set<string>> => {
    const [facts, layout] = await Promise.all([
      viewerFacts(organizationId),
      layoutByOrganizationId.load(organizationId),
    ]);
    return facts ? departmentsShownTo(facts, layout) : new Set();
  };

  const operatorRefsByOrganizationId = new DataLoader<string, OperatorRef[]>(async (orgIds) => {
    const valid = orgIds.filter(isUuid);
    const rows: Array<{ organization_id: string; account_id: string }> = valid.length
      ? await db.query(
          `SELECT DISTINCT m.organization_id, m.account_id FROM department_groups.user_group_members m
           JOIN ${ACCOUNTS_VIEWS.membershipRoles} mr ON mr.organization_id = m.organization_id AND mr.account_id = m.account_id
           WHERE m.organization_id = ANY($1::uuid[]) ORDER BY m.account_id`,
          [valid],
        )
      : [];
    return orgIds.map((o) =>
      rows.filter((r) => r.organization_id === o).map((r) => ({ organizationId: o, accountId: r.account_id })),
    );
  });

  const byPair = <Row>(sql: string, toRow: (r: Record<string, unknown>) => Row) =>
    new DataLoader<string, Row[]>(async (keys) => {
      const pairs = keys.map(splitPair).filter((p): p is NonNullable<typeof p> => p !== null);
      const rows: Array<Record<string, unknown>> = pairs.length
        ? await db.query(sql, [pairs.map((p) => p.organizationId), pairs.map((p) => p.accountId)])
        : [];
      return keys.map((k) =>
        rows.filter((r) => pairKey(r.pair_org as string, r.pair_account as string) === k).map(toRow),
      );
    });

  const chatById = rowLoader(
    (ids) => db.getRepository(ChatEntity).findBy({ id: In(ids) }),
    (c) => c.id,
  );
  const departmentById = rowLoader(
    (ids) => db.getRepository(DepartmentEntity).findBy({ id: In(ids) }),
    (d) => d.id,
  );
  const decisionFacts: LiveChatDecisionFacts = {
    facts: (organizationId, accountId) => accessFacts.load(pairKey(organizationId, accountId)),
    layout: (organizationId) => layoutByOrganizationId.load(organizationId),
    chat: (id) => (isUuid(id) ? chatById.load(id) : Promise.resolve(null)),
    department: (id) => (isUuid(id) ? departmentById.load(id) : Promise.resolve(null)),
  };

  return {
    /** live chat's answers by decision key, by the operations' own decide() over these loaders' facts. */
    liveChatDecision: decisionLoader('department-groups', currentViewer, (viewer, key, q) =>
      answerLiveChatQuestion(viewer, decisionFacts, key, q),
    ),
    /** Organizations that exist, from the accounts' published directory (entity references). */
    organizationById: rowLoader<{ id: string }>(
      async (ids) => (await organizationsById(db, ids)).map((o) => ({ id: o.organizationId })),
      (o) => o.id,
    ),
    /** Accounts that exist, from the accounts' published directory (entity references). */
    accountById: rowLoader<{ id: string }>(
      async (ids) => (await accountsById(db, ids)).map((a) => ({ id: a.accountId })),
      (a) => a.id,
    ),
    accessFacts,
    viewerFacts,
    layoutByOrganizationId,
    viewerVisibleDepartments,
    departmentById,
    departmentsByOrganizationId: groupLoader(
      (ids) =>
        db.getRepository(DepartmentEntity).find({ where: { organizationId: In(ids) }, order: { number: 'ASC' } }),
      (d) => d.organizationId,
    ),
    departmentGroupById: rowLoader(
      (ids) => db.getRepository(DepartmentGroupEntity).findBy({ id: In(ids) }),
      (g) => g.id,
    ),
    departmentGroupsByOrganizationId: groupLoader(
      (ids) =>
        db.getRepository(DepartmentGroupEntity).find({ where: { organizationId: In(ids) }, order: { number: 'ASC' } }),
      (g) => g.organizationId,
    ),
    departmentsByGroupId: taggedGroupLoader<DepartmentEntity>(async (ids) =>
      (
        await db.query<Array<Record<string, unknown>>>(
          `SELECT d.*, m.department_group_id AS parent_id FROM department_groups.department_group_members m
           JOIN department_groups.departments d ON d.id = m.department_id WHERE m.department_group_id = ANY($1::uuid[]) ORDER BY d.number`,
          [ids],
        )
      ).map((r) => tag(DepartmentEntity, r, DEPARTMENT_FIELDS)),
    ),
    userGroupById: rowLoader(
      (ids) => db.getRepository(UserGroupEntity).findBy({ id: In(ids) }),
      (g) => g.id,
    ),
    userGroupsByOrganizationId: groupLoader(
      (ids) => db.getRepository(UserGroupEntity).find({ where: { organizationId: In(ids) }, order: { name: 'ASC' } }),
      (g) => g.organizationId,
    ),
    workWithByGroupId: taggedGroupLoader<UserGroupEntity>(async (ids) =>
      (
        await db.query<Array<Record<string, unknown>>>(
          `SELECT g.*, w.user_group_id AS parent_id FROM department_groups.user_group_work_with w
           JOIN department_groups.user_groups g ON g.id = w.work_with_group_id WHERE w.user_group_id = ANY($1::uuid[]) ORDER BY g.name`,
          [ids],
        )
      ).map((r) => tag(UserGroupEntity, r, USER_GROUP_FIELDS)),
    ),
    rolesByGroupId: taggedGroupLoader<RoleEntity>(async (ids) =>
      (
        await db.query<Array<Record<string, unknown>>>(
          `SELECT r.*, ur.user_group_id AS parent_id FROM department_groups.user_group_roles ur
           JOIN department_groups.roles r ON r.id = ur.role_id WHERE ur.user_group_id = ANY($1::uuid[]) ORDER BY r.name`,
          [ids],
        )
      ).map((r) => tag(RoleEntity, r, ROLE_FIELDS)),
    ),
    roleById: rowLoader(
      (ids) => db.getRepository(RoleEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    rolesByOrganizationId: groupLoader(
      (ids) => db.getRepository(RoleEntity).find({ where: { organizationId: In(ids) }, order: { name: 'ASC' } }),
      (r) => r.organizationId,
    ),
    grantsByRoleId: groupLoader(
      (ids) => db.getRepository(RoleGrantEntity).find({ where: { roleId: In(ids) }, order: { position: 'ASC' } }),
      (g) => g.roleId,
    ),
    operatorsByOrganizationId: operatorRefsByOrganizationId,
    operatorsByGroupId: groupLoader<OperatorRef & { userGroupId: string }>(
      async (ids) =>
        (
          await db.query<Array<Record<string, string>>>(
            `SELECT m.user_group_id, m.organization_id, m.account_id FROM department_groups.user_group_members m
             JOIN ${ACCOUNTS_VIEWS.membershipRoles} mr ON mr.organization_id = m.organization_id AND mr.account_id = m.account_id
             WHERE m.user_group_id = ANY($1::uuid[]) ORDER BY m.account_id`,
            [ids],
          )
        ).map((r) => ({
          userGroupId: r.user_group_id!,
          organizationId: r.organization_id!,
          accountId: r.account_id!,
        })),
      (r) => r.userGroupId,
    ),
    /** An operator's user groups, by pairKey(organizationId, accountId). */
    userGroupsByOperator: byPair(
      `SELECT g.*, m.organization_id AS pair_org, m.account_id AS pair_account FROM department_groups.user_group_members m
       JOIN unnest($1::uuid[], $2::uuid[]) AS p(o, a) ON p.o = m.organization_id AND p.a = m.account_id
       JOIN department_groups.user_groups g ON g.id = m.user_group_id ORDER BY g.name`,
      (r) => tag(UserGroupEntity, r, USER_GROUP_FIELDS) as UserGroupEntity,
    ),
    /** An operator's department groups, by pairKey(organizationId, accountId). */
    departmentGroupsByOperator: byPair(
      `SELECT g.*, d.organization_id AS pair_org, d.account_id AS pair_account FROM department_groups.operator_department_groups d
       JOIN unnest($1::uuid[], $2::uuid[]) AS p(o, a) ON p.o = d.organization_id AND p.a = d.account_id
       JOIN department_groups.department_groups g ON g.id = d.department_group_id ORDER BY g.number`,
      (r) => tag(DepartmentGroupEntity, r, DEPARTMENT_FIELDS) as DepartmentGroupEntity,
    ),
    chatById,
    /** Pages of chats of the given departments (the caller's visible ones, filtered), oldest first: one statement a page. */
    chatsPage: pageLoader<ChatEntity, { departmentIds: string[] }>(
      async (orgIds, first, after, { departmentIds }) => {
        if (departmentIds.length === 0) return [];
        const rows: Array<Record<string, unknown>> = await db.query(
          `SELECT x.* FROM unnest($1::uuid[]) AS o(id)
           CROSS JOIN LATERAL (
             SELECT * FROM department_groups.chats c
             WHERE c.organization_id = o.id AND c.department_id = ANY($3::uuid[]) AND ($4::bigint IS NULL OR c.seq > $4::bigint)
             ORDER BY c.seq LIMIT $2
           ) x`,
          [orgIds, first + 1, departmentIds, after ? String(after[0]) : null],
        );
        return rows.map((r) =>
          Object.assign(new ChatEntity(), {
            id: r.id,
            seq: String(r.seq),
            organizationId: r.organization_id,
            departmentId: r.department_id,
            visitorName: r.visitor_name,
            createdAt: r.created_at,
            parentId: r.organization_id as string,
          }),
        );
      },
      (c) => [c.seq],
      ['int'],
    ),
    chatCount: countLoader<{ departmentIds: string[] }>(async (orgIds, { departmentIds }) =>
      departmentIds.length === 0
        ? []
        : db.query(
            `SELECT organization_id AS "parentId", count(*) AS n FROM department_groups.chats
             WHERE organization_id = ANY($1::uuid[]) AND department_id = ANY($2::uuid[]) GROUP BY organization_id`,
            [orgIds, departmentIds],
          ),
    ),
    /** Pages of messages of many chats, oldest first, by the (chat_id, seq) index: one statement a page. */
    messagesPage: pageLoader<ChatMessageEntity>(
      async (chatIds, first, after) => {
        const rows: Array<Record<string, unknown>> = await db.query(
          `SELECT x.* FROM unnest($1::uuid[]) AS c(id)
           CROSS JOIN LATERAL (
             SELECT * FROM department_groups.chat_messages m
             WHERE m.chat_id = c.id AND ($3::bigint IS NULL OR m.seq > $3::bigint) ORDER BY m.seq LIMIT $2
           ) x`,
          [chatIds, first + 1, after ? String(after[0]) : null],
        );
        return rows.map((r) =>
          Object.assign(new ChatMessageEntity(), {
            id: r.id,
            seq: String(r.seq),
            chatId: r.chat_id,
            authorAccountId: r.author_account_id,
            body: r.body,
            createdAt: r.created_at,
            parentId: r.chat_id as string,
          }),
        );
      },
      (m) => [m.seq],
      ['int'],
    ),
    // By id for `node(id:)` (issue 13).
    messageById: rowLoader(
      (ids) => db.getRepository(ChatMessageEntity).findBy({ id: In(ids) }),
      (m) => m.id,
    ),
    grantById: rowLoader(
      (ids) => db.getRepository(RoleGrantEntity).findBy({ id: In(ids) }),
      (g) => g.id,
    ),
  };
}

export type DepartmentGroupsLoaders = ReturnType<typeof createDepartmentGroupsLoaders>;

import { randomInt } from 'node:crypto';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { requireEmail, requireId, requireName, validateInput, requireIdSet } from '../../common/validation';
import { inCustomer, type CustomerTx } from '../access/hierarchy.tx';
import type { PortalAction } from '../access/portal.matrix';
import {
  ActivationCodeEntity,
  BroadcastGroupEntity,
  BroadcastGroupMemberEntity,
  CustomerDepartmentEntity,
  CustomerGroupMemberEntity,
  CustomerGroupEntity,
  CustomerNoteEntity,
  EndUserEntity,
  EndUserFeatureKeyEntity,
} from './workspace.entity';

/** The named records of a customer's workspace, each with its matrix rows (ES-3) and audit name. */
const NAMED = {
  department: { entity: CustomerDepartmentEntity, type: 'CustomerDepartment', audit: 'department' },
  group: { entity: CustomerGroupEntity, type: 'CustomerGroup', audit: 'group' },
  broadcast_group: { entity: BroadcastGroupEntity, type: 'BroadcastGroup', audit: 'broadcast_group' },
} as const;
export type NamedKind = keyof typeof NAMED;

/** The groups that have members (issue 13): each kind's member table; changing members is editing the group. */
const MEMBERS = {
  group: { members: CustomerGroupMemberEntity, audit: 'group' },
  broadcast_group: { members: BroadcastGroupMemberEntity, audit: 'broadcast_group' },
} as const;
export type GroupKind = keyof typeof MEMBERS;
const MAX_MEMBER_IDS = 200;

const FEATURE_KEY = /^[a-z][a-z0-9_]{0,49}$/;
const MAX_FEATURE_KEYS = 50;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A fresh manual activation code, e.g. `K7QM-2XPA-9RTD` (no look-alike characters). */
export function newActivationCode(): string {
  const part = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${part()}-${part()}-${part()}`;
}

function requireBody(value: unknown): string {
  const body = typeof value === 'string' ? value.trim() : '';
  if (body.length === 0 || body.length > 2000) throw new ValidationError('body', 'body must be 1 to 2000 characters');
  return body;
}

/** A row of this customer, or NOT_FOUND naming the field (ids of other customers are not found either). */
async function rowOf<T extends ObjectLiteral & { id: string; customerId: string }>(
  tx: CustomerTx,
  entity: EntityTarget<T>,
  id: string,
  field: string,
): Promise<T> {
  const row = (await tx.manager.findOneBy(entity, {
    id: requireId(field, id),
    customerId: tx.customer.id,
  } as never)) as T | null;
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, `${field}: no such record in this customer`, { field });
  return row;
}

async function requireFreeName(
  tx: CustomerTx,
  entity: EntityTarget<ObjectLiteral>,
  name: string,
  exceptId?: string,
): Promise<void> {
  const existing = (await tx.manager.findOneBy(entity, { customerId: tx.customer.id, name } as never)) as {
    id: string;
  } | null;
  if (existing && existing.id !== exceptId)
    throw new DomainError(ErrorCode.CONFLICT, `"${name}" is already used in this customer`, { field: 'name' });
}

/** A list of end-user ids to add or remove: at least one, at most {@link MAX_MEMBER_IDS}, no repeats. */
const requireMemberIds = (values: unknown): string[] =>
  requireIdSet('endUserIds', values, { min: 1, max: MAX_MEMBER_IDS });

/** End users of this customer by id; NOT_FOUND when one is not (another customer's ids answer the same). */
async function endUsersOf(tx: CustomerTx, ids: readonly string[]): Promise<void> {
  const found = await tx.manager.countBy(EndUserEntity, { id: In([...ids]), customerId: tx.customer.id });
  if (found !== ids.length)
    throw new DomainError(ErrorCode.NOT_FOUND, 'endUserIds: no such end user in this customer', {
      field: 'endUserIds',
    });
}

/**
 * A customer's workspace (ES-1): departments, groups, broadcast groups, end users and their support feature keys,
 * notes and manual activation codes. Every change is one audited transaction under the customer's lock, re-checking
 * its matrix cell within reach (ES-3).
 */
export class WorkspaceService {
  constructor(private readonly db: DataSource) {}

  /** Creates a department, group or broadcast group. */
  createNamed(viewer: Viewer, kind: NamedKind, input: { customerId: string; name: string }): Promise<ObjectLiteral> {
    const name = requireName('name', input.name);
    const { entity, type, audit } = NAMED[kind];
    return inCustomer(this.db, viewer, input.customerId, `create:${kind}` as PortalAction, async (tx) => {
      await requireFreeName(tx, entity, name);
      const { identifiers } = await tx.manager.insert(entity, { customerId: tx.customer.id, name });
      const id = identifiers[0]!.id as string;
      await tx.auditCustomer(`${audit}.created`, type, id, null, { name });
      return tx.manager.findOneByOrFail(entity as EntityTarget<ObjectLiteral>, { id });
    });
  }

  /** Renames a department, group or broadcast group. */
  renameNamed(
    viewer: Viewer,
    kind: NamedKind,
    input: { customerId: string; id: string; name: string },
  ): Promise<ObjectLiteral> {
    const name = requireName('name', input.name);
    const { entity, type, audit } = NAMED[kind];
    return inCustomer(this.db, viewer, input.customerId, `edit:${kind}` as PortalAction, async (tx) => {
      const row = await rowOf(tx, entity as EntityTarget<CustomerGroupEntity>, input.id, 'id');
      if (row.name === name) return row;
      await requireFreeName(tx, entity, name, row.id);
      await tx.manager.update(entity, { id: row.id }, { name });
      await tx.auditCustomer(`${audit}.renamed`, type, row.id, { name: row.name }, { name });
      return { ...row, name };
    });
  }

  /** Deletes a department (its associations go with it) or a group. Broadcast groups have no Delete row. */
  deleteNamed(
    viewer: Viewer,
    kind: Exclude<NamedKind, 'broadcast_group'>,
    input: { customerId: string; id: string },
  ): Promise<string> {
    const { entity, type, audit } = NAMED[kind];
    return inCustomer(this.db, viewer, input.customerId, `delete:${kind}` as PortalAction, async (tx) => {
      const row = await rowOf(tx, entity as EntityTarget<CustomerGroupEntity>, input.id, 'id');
      const before: Record<string, unknown> = { name: row.name };
      if (kind === 'department') {
        before.associationIds = (
          (await tx.manager.query(
            'SELECT id FROM customer_hierarchy.department_associations WHERE department_a_id = $1 OR department_b_id = $1 ORDER BY id',
            [row.id],
          )) as Array<{ id: string }>
        ).map((r) => r.id);
      }
      if (kind === 'group')
        before.memberEndUserIds = (await tx.manager.findBy(CustomerGroupMemberEntity, { groupId: row.id }))
          .map((m) => m.endUserId)
          .sort();
      await tx.manager.delete(entity, { id: row.id });
      await tx.auditCustomer(`${audit}.deleted`, type, row.id, before, null);
      return row.id;
    });
  }

  /**
   * Adds end users of this customer to a group or broadcast group (issue 13, seed 004: the customer admin "manages
   * user and group activity"). Changing a group's members is editing the group: the Edit matrix's Groups row (every
   * portal role within reach) or Broadcast Groups row (SUPPORT only), re-checked under the customer's lock. An id
   * that is not an end user of this customer (another customer's included) is NOT_FOUND; ones already in stay.
   */
  addGroupMembers(
    viewer: Viewer,
    kind: GroupKind,
    input: { customerId: string; groupId: string; endUserIds: string[] },
  ): Promise<{ group: ObjectLiteral; addedEndUserIds: string[] }> {
    const endUserIds = requireMemberIds(input.endUserIds);
    const { members, audit } = MEMBERS[kind];
    const { entity, type } = NAMED[kind];
    return inCustomer(this.db, viewer, input.customerId, `edit:${kind}` as PortalAction, async (tx) => {
      const group = await rowOf(tx, entity as EntityTarget<CustomerGroupEntity>, input.groupId, 'groupId');
      await endUsersOf(tx, endUserIds);
      const present = new Set(
        (await tx.manager.findBy(members, { groupId: group.id, endUserId: In(endUserIds) })).map((m) => m.endUserId),
      );
      const added = endUserIds.filter((id) => !present.has(id)).sort();
      if (added.length) {
        await tx.manager.insert(
          members,
          added.map((endUserId) => ({ groupId: group.id, endUserId })),
        );
        await tx.auditCustomer(`${audit}.members_added`, type, group.id, null, { endUserIds: added });
      }
      return { group, addedEndUserIds: added };
    });
  }

  /** Removes end users from a group or broadcast group, under the same rule as adding; ids not in it are ignored. */
  removeGroupMembers(
    viewer: Viewer,
    kind: GroupKind,
    input: { customerId: string; groupId: string; endUserIds: string[] },
  ): Promise<{ group: ObjectLiteral; removedEndUserIds: string[] }> {
    const endUserIds = requireMemberIds(input.endUserIds);
    const { members, audit } = MEMBERS[kind];
    const { entity, type } = NAMED[kind];
    return inCustomer(this.db, viewer, input.customerId, `edit:${kind}` as PortalAction, async (tx) => {
      const group = await rowOf(tx, entity as EntityTarget<CustomerGroupEntity>, input.groupId, 'groupId');
      await endUsersOf(tx, endUserIds);
      const removed = (await tx.manager.findBy(members, { groupId: group.id, endUserId: In(endUserIds) }))
        .map((m) => m.endUserId)
        .sort();
      if (removed.length) {
        await tx.manager.delete(members, { groupId: group.id, endUserId: In(removed) });
        await tx.auditCustomer(`${audit}.members_removed`, type, group.id, { endUserIds: removed }, null);
      }
      return { group, removedEndUserIds: removed };
    });
  }

  /** Creates an end user of the customer. */
  createEndUser(viewer: Viewer, input: { customerId: string; name: string; email: string }): Promise<EndUserEntity> {
    const { name, email } = validateInput({
      name: () => requireName('name', input.name),
      email: () => requireEmail('email', input.email),
    });
    return inCustomer(this.db, viewer, input.customerId, 'create:user', async (tx) => {
      await this.requireFreeEmail(tx, email);
      const { identifiers } = await tx.manager.insert(EndUserEntity, { customerId: tx.customer.id, name, email });
      const id = identifiers[0]!.id as string;
      await tx.auditCustomer('end_user.created', 'EndUser', id, null, { name, email });
      return tx.manager.findOneByOrFail(EndUserEntity, { id });
    });
  }

  /** Edits an end user's name or e-mail. */
  updateEndUser(
    viewer: Viewer,
    input: { customerId: string; endUserId: string; name?: string | null; email?: string | null },
  ): Promise<EndUserEntity> {
    const name = input.name === undefined || input.name === null ? undefined : requireName('name', input.name);
    const email = input.email === undefined || input.email === null ? undefined : requireEmail('email', input.email);
    return inCustomer(this.db, viewer, input.customerId, 'edit:user', async (tx) => {
      const row = await rowOf(tx, EndUserEntity, input.endUserId, 'endUserId');
      const after = { name: name ?? row.name, email: email ?? row.email };
      if (after.name === row.name && after.email === row.email) return row;
      if (after.email !== row.email) await this.requireFreeEmail(tx, after.email);
      await tx.manager.update(EndUserEntity, { id: row.id }, after);
      await tx.auditCustomer('end_user.updated', 'EndUser', row.id, { name: row.name, email: row.email }, after);
      return { ...row, ...after };
    });
  }

  /** Deletes an end user (and their feature keys). */
  deleteEndUser(viewer: Viewer, input: { customerId: string; endUserId: string }): Promise<string> {
    return inCustomer(this.db, viewer, input.customerId, 'delete:user', async (tx) => {
      const row = await rowOf(tx, EndUserEntity, input.endUserId, 'endUserId');
      // Its group memberships go with it (ON DELETE CASCADE): the audit names them.
      const groupIds = (await tx.manager.findBy(CustomerGroupMemberEntity, { endUserId: row.id }))
        .map((m) => m.groupId)
        .sort();
      const broadcastGroupIds = (await tx.manager.findBy(BroadcastGroupMemberEntity, { endUserId: row.id }))
        .map((m) => m.groupId)
        .sort();
      await tx.manager.delete(EndUserEntity, { id: row.id });
      await tx.auditCustomer(
        'end_user.deleted',
        'EndUser',
        row.id,
        { name: row.name, email: row.email, groupIds, broadcastGroupIds },
        null,
      );
      return row.id;
    });
  }

  /** Replaces an end user's support feature keys (User Support Feature Keys). */
  setFeatureKeys(
    viewer: Viewer,
    input: { customerId: string; endUserId: string; keys: string[] },
  ): Promise<EndUserEntity> {
    const keys = input.keys ?? [];
    if (keys.length > MAX_FEATURE_KEYS)
      throw new ValidationError('keys', `keys must hold at most ${MAX_FEATURE_KEYS} entries`);
    keys.forEach((k, i) => {
      if (!FEATURE_KEY.test(k))
        throw new ValidationError(
          `keys[${i}]`,
          `keys[${i}] must be lower-case letters, digits and _ (starting with a letter)`,
        );
    });
    if (new Set(keys).size !== keys.length) throw new ValidationError('keys', 'keys repeats a key');
    const after = [...keys].sort();
    return inCustomer(this.db, viewer, input.customerId, 'edit:feature_keys', async (tx) => {
      const user = await rowOf(tx, EndUserEntity, input.endUserId, 'endUserId');
      const before = (
        await tx.manager.find(EndUserFeatureKeyEntity, { where: { endUserId: user.id }, order: { featureKey: 'ASC' } })
      ).map((k) => k.featureKey);
      if (before.join() === after.join()) return user;
      await tx.manager.delete(EndUserFeatureKeyEntity, { endUserId: user.id });
      if (after.length)
        await tx.manager.insert(
          EndUserFeatureKeyEntity,
          after.map((featureKey) => ({ endUserId: user.id, featureKey })),
        );
      await tx.auditCustomer('end_user.feature_keys_set', 'EndUser', user.id, { keys: before }, { keys: after });
      return user;
    });
  }

  /** Adds a note to the customer. */
  createNote(viewer: Viewer, input: { customerId: string; body: string }): Promise<CustomerNoteEntity> {
    const body = requireBody(input.body);
    return inCustomer(this.db, viewer, input.customerId, 'create:note', async (tx) => {
      const { identifiers } = await tx.manager.insert(CustomerNoteEntity, {
        customerId: tx.customer.id,
        body,
        authorAccountId: viewer.accountId,
        updatedAt: new Date(),
      });
      const id = identifiers[0]!.id as string;
      await tx.auditCustomer('note.created', 'CustomerNote', id, null, { body });
      return tx.manager.findOneByOrFail(CustomerNoteEntity, { id });
    });
  }

  /** Edits a note. */
  updateNote(viewer: Viewer, input: { customerId: string; noteId: string; body: string }): Promise<CustomerNoteEntity> {
    const body = requireBody(input.body);
    return inCustomer(this.db, viewer, input.customerId, 'edit:note', async (tx) => {
      const row = await rowOf(tx, CustomerNoteEntity, input.noteId, 'noteId');
      if (row.body === body) return row;
      await tx.manager.update(CustomerNoteEntity, { id: row.id }, { body, updatedAt: new Date() });
      await tx.auditCustomer('note.updated', 'CustomerNote', row.id, { body: row.body }, { body });
      return tx.manager.findOneByOrFail(CustomerNoteEntity, { id: row.id });
    });
  }

  /** Deletes a note. */
  deleteNote(viewer: Viewer, input: { customerId: string; noteId: string }): Promise<string> {
    return inCustomer(this.db, viewer, input.customerId, 'delete:note', async (tx) => {
      const row = await rowOf(tx, CustomerNoteEntity, input.noteId, 'noteId');
      await tx.manager.delete(CustomerNoteEntity, { id: row.id });
      await tx.auditCustomer('note.deleted', 'CustomerNote', row.id, { body: row.body }, null);
      return row.id;
    });
  }

  /** Issues a manual activation code with a label. */
  createActivationCode(viewer: Viewer, input: { customerId: string; label: string }): Promise<ActivationCodeEntity> {
    const label = requireName('label', input.label);
    return inCustomer(this.db, viewer, input.customerId, 'create:activation_code', async (tx) => {
      const code = newActivationCode();
      const { identifiers } = await tx.manager.insert(ActivationCodeEntity, {
        customerId: tx.customer.id,
        code,
        label,
      });
      const id = identifiers[0]!.id as string;
      await tx.auditCustomer('activation_code.created', 'ManualActivationCode', id, null, { label });
      return tx.manager.findOneByOrFail(ActivationCodeEntity, { id });
    });
  }

  /** Relabels a manual activation code (Edit Manual Activation Code); the seed has no Delete row for codes. */
  updateActivationCode(
    viewer: Viewer,
    input: { customerId: string; activationCodeId: string; label: string },
  ): Promise<ActivationCodeEntity> {
    const label = requireName('label', input.label);
    return inCustomer(this.db, viewer, input.customerId, 'edit:activation_code', async (tx) => {
      const row = await rowOf(tx, ActivationCodeEntity, input.activationCodeId, 'activationCodeId');
      if (row.label === label) return row;
      await tx.manager.update(ActivationCodeEntity, { id: row.id }, { label });
      await tx.auditCustomer(
        'activation_code.updated',
        'ManualActivationCode',
        row.id,
        { label: row.label },
        { label },
      );
      return { ...row, label };
    });
  }

  private async requireFreeEmail(tx: CustomerTx, email: string): Promise<void> {
    if (await tx.manager.findOneBy(EndUserEntity, { customerId: tx.customer.id, email })) {
      throw new DomainError(ErrorCode.CONFLICT, 'An end user of this customer already has that e-mail', {
        field: 'email',
      });
    }
  }
}

import { ValidationError } from '../../subgraphs/common/errors';
import {
  compositeRawId,
  decodeUuid,
  fromGlobalId,
  splitCompositeRawId,
  toGlobalId,
  UNKNOWN_UUID,
} from '../../subgraphs/common/federation/global-id';
import { idTypeFor } from '../../subgraphs/common/federation/node';

const UUID = '3f2b8a3e-6c1d-4f7a-9b2e-1a2b3c4d5e6f';

describe('global id codec (issue 13)', () => {
  it('round-trips a type name and a raw id through opaque base64url', () => {
    const id = toGlobalId('Customer', UUID);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain(UUID);
    expect(fromGlobalId(id)).toEqual({ typeName: 'Customer', rawId: UUID });
    const composite = compositeRawId([UUID, 'livechat', UUID]);
    expect(fromGlobalId(toGlobalId('ProductUser', composite))).toEqual({ typeName: 'ProductUser', rawId: composite });
    expect(splitCompositeRawId(composite, 3)).toEqual([UUID, 'livechat', UUID]);
    expect(splitCompositeRawId(composite, 2)).toBeNull();
  });

  it.each([
    ['not base64url', 'nope!'],
    ['empty', ''],
    ['not a string', 42],
    ['no colon', Buffer.from('Customer').toString('base64url')],
    ['no type', Buffer.from(':abc').toString('base64url')],
    ['lower-case type', Buffer.from('customer:abc').toString('base64url')],
    ['empty raw id', Buffer.from('Customer:').toString('base64url')],
    ['raw id with a space', Buffer.from('Customer:a b').toString('base64url')],
    ['padded (not canonical)', `${toGlobalId('Customer', UUID)}=`],
    ['a raw uuid', UUID],
  ])('refuses %s', (_, id) => {
    expect(fromGlobalId(id)).toBeNull();
  });

  it('refuses to build an id of a bad type name or raw id', () => {
    expect(() => toGlobalId('customer', UUID)).toThrow();
    expect(() => toGlobalId('Customer', '')).toThrow();
  });

  describe('decodeUuid: what an ID argument means', () => {
    it('takes the global id of the expected type, and (transitional) the raw uuid', () => {
      expect(decodeUuid('customerId', toGlobalId('Customer', UUID), 'Customer')).toBe(UUID);
      expect(decodeUuid('customerId', UUID.toUpperCase(), 'Customer')).toBe(UUID);
    });

    it('answers a global id of another type as an id no row has (like an unknown id)', () => {
      expect(decodeUuid('accountId', toGlobalId('Membership', UUID), 'Account')).toBe(UNKNOWN_UUID);
    });

    it.each([
      ['garbage', 'x'],
      ['a non-uuid raw id', toGlobalId('Customer', 'not-a-uuid')],
    ])('refuses %s with BAD_USER_INPUT naming the argument', (_, value) => {
      let error: unknown;
      try {
        decodeUuid('customerId', value, 'Customer');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details).toEqual({ field: 'customerId' });
    });
  });

  it('places an ID by its name: the Node type it says, a table for the names that do not', () => {
    const nodes = new Set(['Organization', 'Account', 'UserGroup', 'Department']);
    const names = { conduit: 'SalesConduit', workWith: 'UserGroup', department: 'CustomerDepartment' };
    expect(idTypeFor('organizationId', 'X.organizationId', nodes, {})).toBe('Organization');
    expect(idTypeFor('userGroupIds', 'X.userGroupIds', nodes, {})).toBe('UserGroup');
    expect(idTypeFor('removedUserGroupIds', 'X.removedUserGroupIds', nodes, {})).toBe('UserGroup');
    expect(idTypeFor('conduitId', 'X.conduitId', nodes, names)).toBe('SalesConduit');
    expect(idTypeFor('workWithIds', 'X.workWithIds', nodes, names)).toBe('UserGroup');
    expect(idTypeFor('departmentId', 'X.departmentId', nodes, names)).toBe('CustomerDepartment');
    expect(idTypeFor('departmentId', 'X.departmentId', nodes, {})).toBe('Department');
    expect(idTypeFor('somethingId', 'X.somethingId', nodes, {})).toBeUndefined();
  });
});

import { allow, deny, type Decision } from '../../common/access/kernel';
import { decideActOnMember, organizationRank, PrimaryRole } from '../../common/organization-access';
import {
  COMPANY_ROLE_RANK,
  CompanyRole,
  companyRoleAllows,
  OPERATION_NAMES,
  type ChatbotResource,
  type Operation,
} from '../chatbot/chatbot.matrix';
import type { AccessFacts } from './product-access.facts';
import { ProductRolesErrorCode, type ProductRolesErrorCodeValue } from '../product-roles.errors';

/**
 * The rules of product-roles, written once as pure functions over facts (STYLE 5): the field policies call them
 * with facts from the per-request loaders, the services re-check them inside `runAccessChange` with facts re-read
 * after the locks. A refusal may carry a domain code (CANNOT_CHANGE_OWN_ROLE, COMPANY_OWNER_REQUIRED…); without
 * one it is FORBIDDEN. Reasons name only what the caller may see: roles and permissions of the caller's own
 * organization.
 */
export type ProductDecision = Decision<ProductRolesErrorCodeValue>;

/** The product permissions that manage users and roles (LC-1, LC-2). */
export type ManagePermission = 'users.manage' | 'roles.manage';

/** GA-6: organization owners and administrators manage products. */
export const isOrgAdmin = (f: AccessFacts): boolean =>
  organizationRank(f.primaryRole) >= organizationRank(PrimaryRole.ADMINISTRATOR);

/** A refusal with product-roles' own code; it concerns the account acted on. */
const refuse = (code: ProductRolesErrorCodeValue, reason: string): ProductDecision =>
  deny(reason, { code, field: 'accountId' });

/** The account's product user row when it counts: product enabled (CB-2) and the user active (LC-1). */
function activeUser(f: AccessFacts) {
  return f.primaryRole && f.enabled && f.user?.active ? f.user : null;
}

/** The account's company role when it counts (chatbot enabled, user active, still a member); null otherwise. */
export function activeCompanyRole(f: AccessFacts): CompanyRole | null {
  return f.companyRoles ? ((activeUser(f)?.role as CompanyRole | undefined) ?? null) : null;
}

/** Rank of a secondary role within its product: the catalogue lists them highest first (GA-9); 0 = none. */
function secondaryRank(f: AccessFacts, role: string | null | undefined): number {
  const i = role ? f.secondaryRoles.indexOf(role) : -1;
  return i < 0 ? 0 : f.secondaryRoles.length - i;
}

/** What a secondary role grants by itself: the product's top role (LiveChat `administrator`) grants everything. */
function secondaryGrants(f: AccessFacts, role: string | null | undefined): string[] {
  return role && role === f.secondaryRoles[0] ? f.productPermissions : [];
}

/**
 * The grant ceiling: what the account holds in the product. Organization owners and administrators hold every
 * permission and the top secondary role (GA-6: they manage products); on chatbot the company OWNER and
 * ADMINISTRATOR do (CB-3…CB-5); anyone else holds their active custom role's permissions and secondary role.
 */
export function heldPermissions(f: AccessFacts): string[] {
  if (f.companyRoles) {
    return companyRoleAllows(activeCompanyRole(f), 'invited_users', 'U')
      ? f.productPermissions
      : (activeUser(f)?.permissions ?? []);
  }
  if (isOrgAdmin(f)) return f.productPermissions;
  const user = activeUser(f);
  return user ? [...new Set([...user.permissions, ...secondaryGrants(f, user.role)])] : [];
}

function heldSecondaryRank(f: AccessFacts): number {
  if (!f.companyRoles && isOrgAdmin(f)) return f.secondaryRoles.length;
  return secondaryRank(f, activeUser(f)?.role);
}

const missing = (wanted: readonly string[], held: readonly string[]) => wanted.filter((p) => !held.includes(p)).sort();

/** LC-1/LC-2 reads: organization owners and administrators, and the product's active users; never a disabled product. */
export function decideProductRead(f: AccessFacts): ProductDecision {
  if (!f.enabled) return deny(`${f.product} is not enabled in this organization`);
  if (isOrgAdmin(f)) return allow('organization owners and administrators read every product (GA-6)');
  if (activeUser(f)) return allow(`an active ${f.product} user reads its product`);
  return deny(`you are not an active user of ${f.product}`);
}

/**
 * Who manages a product's users or roles (LC-1, LC-2). Chatbot: the company OWNER and ADMINISTRATOR only, whatever
 * the Accounts role (CB-4, CB-5). Other products: organization owners and administrators (GA-6; the service then
 * says PRODUCT_NOT_ENABLED for a product that is not enabled), or an active user whose custom role grants it.
 */
export function decideProductManage(f: AccessFacts, permission: ManagePermission): ProductDecision {
  if (f.companyRoles) {
    return companyRoleAllows(activeCompanyRole(f), 'invited_users', 'U')
      ? allow('the company OWNER and ADMINISTRATOR manage company users (CB-4, CB-5)')
      : deny('only the company OWNER and ADMINISTRATOR manage chatbot users and roles (CB-4, CB-5)');
  }
  if (isOrgAdmin(f)) return allow('organization owners and administrators manage products (GA-6)');
  if (activeUser(f)?.permissions.includes(permission)) return allow(`your ${f.product} role grants ${permission}`);
  return deny(`this change requires ${f.product} ${permission}`);
}

/** CB-2: one cell of the chatbot matrix, for the caller's active company role in an enabled chatbot. */
export function decideChatbotCell(f: AccessFacts, resource: ChatbotResource, op: Operation): ProductDecision {
  const role = activeCompanyRole(f);
  if (companyRoleAllows(role, resource, op)) return allow(`${role} may ${OPERATION_NAMES[op]} ${resource} (CB-2)`);
  if (!f.enabled) return deny('chatbot is not enabled in this organization');
  return deny(
    role
      ? `${role} may not ${OPERATION_NAMES[op]} ${resource} (CB-2)`
      : 'you hold no active role in this chatbot company',
  );
}

/**
 * Who enables or disables a product (GA-6, CB-2): organization owners and administrators; for chatbot, once its
 * company exists, only the company OWNER among them — no one the company ranks place below the OWNER switches
 * the whole company off (or back on over the OWNER's decision).
 */
export function decideProductSwitch(f: AccessFacts): ProductDecision {
  if (!isOrgAdmin(f))
    return deny('enabling and disabling products requires organization owner or administrator (GA-6)');
  if (f.companyRoles && f.productAdded && f.user?.role !== CompanyRole.OWNER)
    return deny('only the chatbot company OWNER enables or disables chatbot once its company exists (CB-2)');
  return allow('organization owners and administrators enable and disable products (GA-6)');
}

/** A change of one company user (CB-4 role edits, CB-5 removals; deactivation counts as removal). */
export type CompanyChange =
  { kind: 'role'; role: CompanyRole } | { kind: 'custom_role'; permissions: readonly string[] } | { kind: 'remove' };

/**
 * CB-4/CB-5, whatever mutation asks: only the company OWNER and ADMINISTRATOR edit or remove; never their own
 * company user; a role edit (company role or custom role) only of a strictly lower rank and never to a role as
 * broad as their own (OWNER only by transfer); a removal or deactivation only of ADMINISTRATOR, MANAGER or
 * DESIGNER, and of no one above the actor.
 */
export function decideCompanyChange(actor: AccessFacts, target: AccessFacts, change: CompanyChange): ProductDecision {
  const actorRole = activeCompanyRole(actor);
  if (!companyRoleAllows(actorRole, 'invited_users', change.kind === 'remove' ? 'D' : 'U'))
    return deny('only the company OWNER and ADMINISTRATOR edit roles and remove users (CB-4, CB-5)');
  if (actor.accountId === target.accountId)
    return refuse(ProductRolesErrorCode.CANNOT_CHANGE_OWN_ROLE, 'You cannot edit your own role in the company');
  if (change.kind === 'role' && change.role === CompanyRole.OWNER)
    return refuse(
      ProductRolesErrorCode.COMPANY_OWNER_REQUIRED,
      'A company has one owner: use transferCompanyOwnership',
    );
  if (!target.user)
    return refuse(ProductRolesErrorCode.NOT_A_COMPANY_USER, 'That account is not a user of this company');
  const targetRole = target.user.role as CompanyRole;
  if (change.kind === 'remove' && targetRole === CompanyRole.OWNER)
    return refuse(
      ProductRolesErrorCode.COMPANY_OWNER_REQUIRED,
      'The company owner cannot be removed or deactivated; transfer ownership first',
    );
  const rank = COMPANY_ROLE_RANK[actorRole!];
  if (change.kind === 'remove') {
    return rank >= COMPANY_ROLE_RANK[targetRole]
      ? allow(`${actorRole} removes ${targetRole} (CB-5)`)
      : deny(`${actorRole} cannot remove ${targetRole}, a higher rank (CB-5)`);
  }
  if (rank <= COMPANY_ROLE_RANK[targetRole] || (change.kind === 'role' && rank <= COMPANY_ROLE_RANK[change.role]))
    return deny('Only a user with broader rights than the target, and than the new role, edits it (CB-4)');
  if (change.kind === 'custom_role') {
    const lacking = missing(change.permissions, heldPermissions(actor));
    if (lacking.length) return deny(`that role grants permissions you do not hold: ${lacking.join(', ')}`);
  }
  return allow(`${actorRole} edits ${targetRole} (CB-4)`);
}

/** A change of one product user (GA-9, LC-1); `role` and `permissions` are what the change would grant. */
export interface UserChange {
  kind: 'assign' | 'update' | 'deactivate' | 'reactivate' | 'revoke';
  /** The secondary role the change sets, if any. */
  role?: string;
  /** The permissions of the custom role the change sets, if any. */
  permissions?: readonly string[];
}

/**
 * The grant ceiling for product users (issue 9 item 4, LC-2): manage permission first; then nobody edits their own
 * grants (the organization OWNER excepted: nobody outranks the owner, so no one else could ever give the owner a
 * product role); nobody acts on a higher organization rank (OWNER > ADMINISTRATOR > MEMBER) or on a user holding
 * grants the actor does not hold; nobody grants a secondary role above their own, or permissions they do not hold
 * (the top secondary role, e.g. LiveChat `administrator`, grants every permission). Chatbot: CB-4/CB-5 decide.
 */
export function decideUserChange(actor: AccessFacts, target: AccessFacts, change: UserChange): ProductDecision {
  const manage = decideProductManage(actor, 'users.manage');
  if (!manage.allowed) return manage;
  if (actor.companyRoles) {
    if (change.kind === 'deactivate' || change.kind === 'reactivate' || change.kind === 'revoke')
      return decideCompanyChange(actor, target, { kind: 'remove' });
    return decideCompanyChange(actor, target, { kind: 'custom_role', permissions: change.permissions ?? [] });
  }
  if (actor.accountId === target.accountId && actor.primaryRole !== PrimaryRole.OWNER)
    return refuse(ProductRolesErrorCode.CANNOT_CHANGE_OWN_ROLE, 'Nobody edits their own grants: ask another manager');
  if (actor.accountId !== target.accountId) {
    const rank = decideActOnMember(actor.primaryRole, target.primaryRole);
    if (!rank.allowed) return rank;
  }
  const held = heldPermissions(actor);
  const heldRank = heldSecondaryRank(actor);
  if (target.user && actor.accountId !== target.accountId) {
    const targetGrants = [...target.user.permissions, ...secondaryGrants(target, target.user.role)];
    if (secondaryRank(target, target.user.role) > heldRank || missing(targetGrants, held).length)
      return deny('that user holds grants you do not hold');
  }
  if (change.role !== undefined) {
    if (secondaryRank(actor, change.role) > heldRank)
      return deny(`you cannot grant ${change.role}: you do not hold it`);
    const lacking = missing(secondaryGrants(actor, change.role), held);
    if (lacking.length) return deny(`${change.role} grants permissions you do not hold: ${lacking.join(', ')}`);
  }
  if (change.permissions) {
    const lacking = missing(change.permissions, held);
    if (lacking.length) return deny(`that role grants permissions you do not hold: ${lacking.join(', ')}`);
  }
  return allow(manage.reason);
}

/** A change of one custom role (LC-2, LC-3). */
export interface RoleChange {
  kind: 'create' | 'update' | 'delete';
  /** The permissions the role would grant after the change (create, or an update of its permissions). */
  permissions?: readonly string[];
  /** The role's permissions now (update, delete). */
  current?: readonly string[];
  /** Who holds the role now: whom changing its permissions, or deleting it, acts on. */
  holders?: ReadonlyArray<{ accountId: string; primaryRole: PrimaryRole | null }>;
  /** Delete: the permissions of the role its holders move to. */
  reassignPermissions?: readonly string[];
}

/**
 * The grant ceiling for custom roles: roles.manage first; a role never grants what the actor does not hold (nor
 * is one the actor does not wholly hold edited or deleted); changing what a role grants, or deleting it, acts on
 * its holders: never the actor's own role (the organization OWNER excepted), never one a higher rank holds.
 */
export function decideRoleChange(actor: AccessFacts, change: RoleChange): ProductDecision {
  const manage = decideProductManage(actor, 'roles.manage');
  if (!manage.allowed) return manage;
  const held = heldPermissions(actor);
  const touchesGrants = change.kind === 'delete' || (change.kind === 'update' && change.permissions !== undefined);
  for (const [what, perms] of [
    ['that role grants', change.permissions],
    ['this role grants', touchesGrants ? change.current : undefined],
    ['the role its users move to grants', change.reassignPermissions],
  ] as const) {
    const lacking = missing(perms ?? [], held);
    if (lacking.length) return deny(`${what} permissions you do not hold: ${lacking.join(', ')}`);
  }
  if (touchesGrants) {
    for (const h of change.holders ?? []) {
      if (h.accountId === actor.accountId && actor.primaryRole !== PrimaryRole.OWNER)
        return refuse(
          ProductRolesErrorCode.CANNOT_CHANGE_OWN_ROLE,
          'You hold this role: nobody edits their own grants',
        );
      if (h.accountId !== actor.accountId) {
        const rank = decideActOnMember(actor.primaryRole, h.primaryRole);
        if (!rank.allowed) return deny(`this role is held by an organization ${h.primaryRole}: ${rank.reason}`);
      }
    }
  }
  return allow(manage.reason);
}

/**
 * GA-9: launching a product needs membership, the product enabled (CB-2: a disabled product launches for no one)
 * and, for a product with secondary roles, an active one (LC-1).
 */
export function decideLaunch(f: AccessFacts): ProductDecision {
  if (!f.primaryRole) return deny('you are not a member of this organization');
  if (!f.enabled) return deny(`${f.product} is not enabled in this organization`);
  if (f.secondaryRoles.length === 0) return allow(`${f.product} needs membership only`);
  return activeUser(f) ? allow(`you hold an active ${f.product} role`) : deny(`you hold no active ${f.product} role`);
}

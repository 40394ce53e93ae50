import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { requireId } from '../../common/validation';
import { customerTarget } from '../access/access-facts';
import { inHierarchy, locks } from '../access/hierarchy.tx';
import { BillingState } from '../customer/billing.machine';
import { CustomerEntity } from '../customer/customer.entity';
import { CustomerDepartmentEntity } from '../workspace/workspace.entity';
import { DepartmentAssociationEntity } from './association.entity';
import { associationAction, associationKind } from './association.kind';
import { CustomerHierarchyError, CustomerHierarchyErrorCode } from '../customer-hierarchy.errors';

/**
 * ES-5: the departments a department is linked with. Explicit associations always link; a customer with self
 * discovery on also links its own departments to each other implicitly; a "self discovery disabled" customer's
 * departments are linked only through explicit associations. Other customers are never linked implicitly.
 */
export function linkedDepartmentIds(
  department: { id: string; customerId: string },
  selfDiscovery: boolean,
  associations: ReadonlyArray<{ departmentAId: string; departmentBId: string }>,
  customerDepartmentIds: readonly string[],
): string[] {
  const linked = new Set<string>();
  for (const a of associations) {
    if (a.departmentAId === department.id) linked.add(a.departmentBId);
    if (a.departmentBId === department.id) linked.add(a.departmentAId);
  }
  if (selfDiscovery) for (const id of customerDepartmentIds) if (id !== department.id) linked.add(id);
  return [...linked].sort();
}

const endsOf = (a: DepartmentAssociationEntity) => ({
  departmentAId: a.departmentAId,
  departmentBId: a.departmentBId,
  customerAId: a.customerAId,
  customerBId: a.customerBId,
  kind: a.kind,
});

/** Department associations (ES-5): each kind created and deleted only by the roles of its matrix row (ES-3). */
export class AssociationService {
  constructor(private readonly db: DataSource) {}

  /** Links two departments: intra customer, inter customer within a conduit, or inter conduit within a server; never across servers. */
  async create(
    viewer: Viewer,
    input: { departmentId: string; otherDepartmentId: string },
  ): Promise<DepartmentAssociationEntity> {
    const firstId = requireId('departmentId', input.departmentId);
    const secondId = requireId('otherDepartmentId', input.otherDepartmentId);
    if (firstId === secondId)
      throw new ValidationError('otherDepartmentId', 'A department is not associated with itself');
    // Departments never move between customers, so their customers can be read before taking the customers' locks.
    const departments = await this.db
      .getRepository(CustomerDepartmentEntity)
      .findBy([{ id: firstId }, { id: secondId }]);
    const first = departments.find((d) => d.id === firstId);
    const second = departments.find((d) => d.id === secondId);
    if (!first) throw new DomainError(ErrorCode.NOT_FOUND, 'No such department', { field: 'departmentId' });
    if (!second) throw new DomainError(ErrorCode.NOT_FOUND, 'No such department', { field: 'otherDepartmentId' });
    return inHierarchy(
      this.db,
      viewer,
      [locks.customer(first.customerId), locks.customer(second.customerId)],
      async (tx) => {
        const customers = await tx.manager.findBy(CustomerEntity, [
          { id: first.customerId },
          { id: second.customerId },
        ]);
        const ca = customers.find((c) => c.id === first.customerId)!;
        const cb = customers.find((c) => c.id === second.customerId)!;
        // Re-read under the locks: a department deleted meanwhile is not linked.
        if ((await tx.manager.countBy(CustomerDepartmentEntity, [{ id: firstId }, { id: secondId }])) !== 2) {
          throw new DomainError(ErrorCode.NOT_FOUND, 'No such department', { field: 'departmentId' });
        }
        const place = (c: CustomerEntity) => ({ customerId: c.id, conduitId: c.conduitId, serverId: c.serverId });
        const kind = associationKind(place(ca), place(cb));
        tx.requireCell(associationAction('create', kind), [customerTarget(ca), customerTarget(cb)], 'all');
        if (ca.billingState === BillingState.ARCHIVED || cb.billingState === BillingState.ARCHIVED) {
          throw new CustomerHierarchyError(
            CustomerHierarchyErrorCode.CUSTOMER_ARCHIVED,
            'An archived customer is read-only',
            { field: 'departmentId' },
          );
        }
        const [a, b] = first.id < second.id ? [first, second] : [second, first];
        const [custA, custB] = a === first ? [ca, cb] : [cb, ca];
        if (await tx.manager.findOneBy(DepartmentAssociationEntity, { departmentAId: a.id, departmentBId: b.id })) {
          throw new CustomerHierarchyError(
            CustomerHierarchyErrorCode.ALREADY_ASSOCIATED,
            'These departments are already associated',
            {
              field: 'otherDepartmentId',
            },
          );
        }
        const { identifiers } = await tx.manager.insert(DepartmentAssociationEntity, {
          serverId: custA.serverId,
          departmentAId: a.id,
          customerAId: custA.id,
          conduitAId: custA.conduitId,
          departmentBId: b.id,
          customerBId: custB.id,
          conduitBId: custB.conduitId,
          kind,
        });
        const created = await tx.manager.findOneByOrFail(DepartmentAssociationEntity, {
          id: identifiers[0]!.id as string,
        });
        for (const org of new Set([custA.organizationId, custB.organizationId])) {
          await tx.auditIn(
            org,
            'department_association.created',
            'DepartmentAssociation',
            created.id,
            null,
            endsOf(created),
          );
        }
        return created;
      },
    );
  }

  /** Removes an association (its kind's Delete cell over either end). */
  async delete(viewer: Viewer, input: { associationId: string }): Promise<string> {
    const id = requireId('associationId', input.associationId);
    const found = await this.db.getRepository(DepartmentAssociationEntity).findOneBy({ id });
    if (!found)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such department association', { field: 'associationId' });
    return inHierarchy(
      this.db,
      viewer,
      [locks.customer(found.customerAId), locks.customer(found.customerBId)],
      async (tx) => {
        const assoc = await tx.manager.findOneBy(DepartmentAssociationEntity, { id });
        if (!assoc)
          throw new DomainError(ErrorCode.NOT_FOUND, 'No such department association', { field: 'associationId' });
        const customers = await tx.manager.findBy(CustomerEntity, [
          { id: assoc.customerAId },
          { id: assoc.customerBId },
        ]);
        tx.requireCell(associationAction('delete', assoc.kind), customers.map(customerTarget), 'any');
        if (customers.some((c) => c.billingState === BillingState.ARCHIVED)) {
          throw new CustomerHierarchyError(
            CustomerHierarchyErrorCode.CUSTOMER_ARCHIVED,
            'An archived customer is read-only',
            { field: 'associationId' },
          );
        }
        await tx.manager.delete(DepartmentAssociationEntity, { id });
        for (const org of new Set(customers.map((c) => c.organizationId))) {
          await tx.auditIn(org, 'department_association.deleted', 'DepartmentAssociation', id, endsOf(assoc), null);
        }
        return id;
      },
    );
  }
}

import { FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { AuditEventEntity } from '../../common/audit/audit-event.entity';
import { Account } from '../organization/organization.type';
import { DepartmentGroupsAuditEvent } from './audit-event.type';

@Resolver(() => DepartmentGroupsAuditEvent)
export class DepartmentGroupsAuditEventResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'Who made the change.' })
  @RequiresPermission('organization:administer')
  actor(@Root() event: AuditEventEntity): Account | null {
    return event.actorAccountId ? { id: event.actorAccountId } : null;
  }
}

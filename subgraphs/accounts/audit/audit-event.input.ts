import { Field, ID, InputType } from 'type-graphql';
import { AuditDomain } from './audit-event.type';

@InputType('AuditLogFilter', { description: 'Which events to show; every given criterion must hold.' })
export class AuditLogFilter {
  @Field(() => [AuditDomain], { nullable: true, description: 'Only these domains (all when omitted).' })
  domains?: AuditDomain[] | null;
  @Field(() => [String], { nullable: true, description: 'Only these actions, e.g. member.offboarded.' })
  actions?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Only changes made by this account.' })
  actorAccountId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only changes of this kind of target, e.g. Membership.' })
  targetType?: string | null;
  @Field(() => String, { nullable: true, description: 'Only changes of this target.' })
  targetId?: string | null;
}

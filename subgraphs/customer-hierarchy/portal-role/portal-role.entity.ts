import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PortalRole } from '../access/portal.matrix';

/** A portal role held by an account, anchored where its reach starts (ES-2). */
@Entity({ name: 'portal_role_assignments' })
export class PortalRoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ type: 'text' }) role!: PortalRole;
  @Column({ name: 'server_id', type: 'uuid', nullable: true }) serverId!: string | null;
  @Column({ name: 'conduit_id', type: 'uuid', nullable: true }) conduitId!: string | null;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A customer assigned to a sales rep's or customer manager's assignment. */
@Entity({ name: 'portal_assignment_customers' })
export class PortalAssignmentCustomerEntity {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' }) assignmentId!: string;
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' }) customerId!: string;
}

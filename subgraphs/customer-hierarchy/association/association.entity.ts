import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AssociationKind } from './association.kind';

/** A link between two departments (ES-5), stored in id order with where each end lives. */
@Entity({ name: 'department_associations' })
export class DepartmentAssociationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'server_id', type: 'uuid' }) serverId!: string;
  @Column({ name: 'department_a_id', type: 'uuid' }) departmentAId!: string;
  @Column({ name: 'customer_a_id', type: 'uuid' }) customerAId!: string;
  @Column({ name: 'conduit_a_id', type: 'uuid' }) conduitAId!: string;
  @Column({ name: 'department_b_id', type: 'uuid' }) departmentBId!: string;
  @Column({ name: 'customer_b_id', type: 'uuid' }) customerBId!: string;
  @Column({ name: 'conduit_b_id', type: 'uuid' }) conduitBId!: string;
  @Column({ type: 'text' }) kind!: AssociationKind;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

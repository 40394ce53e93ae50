import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CustomRole, PrimaryRole } from '../../common/organization-access';

/** An account's place in an organization, with its primary role (GA-3, GA-4). */
@Entity({ name: 'memberships' })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Monotonic, for stable member pages. */
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ type: 'text' }) role!: PrimaryRole;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A custom role held by a membership (GA-7). */
@Entity({ name: 'membership_custom_roles' })
export class MembershipCustomRoleEntity {
  @PrimaryColumn({ name: 'membership_id', type: 'uuid' }) membershipId!: string;
  @PrimaryColumn({ type: 'text' }) role!: CustomRole;
  @Column({ name: 'granted_at', type: 'timestamptz', insert: false, update: false }) grantedAt!: Date;
}

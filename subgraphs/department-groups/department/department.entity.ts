import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A department of an organization (LHC-1); chats belong to one. */
@Entity({ name: 'departments' })
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  /** Per-organization number, as the seed numbers departments (1, 2, …). */
  @Column({ type: 'int' }) number!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A department group: its members are departments (LHC-1). */
@Entity({ name: 'department_groups' })
export class DepartmentGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  /** Per-organization number, the id limitations such as {"group":[2]} name (LHC-5). */
  @Column({ type: 'int' }) number!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A department in a department group. */
@Entity({ name: 'department_group_members' })
export class DepartmentGroupMemberEntity {
  @PrimaryColumn({ name: 'department_group_id', type: 'uuid' }) departmentGroupId!: string;
  @PrimaryColumn({ name: 'department_id', type: 'uuid' }) departmentId!: string;
}

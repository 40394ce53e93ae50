import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A user group (LHC-2): holds roles; `required` groups are the ones a user must keep at least one of (LHC-4). */
@Entity({ name: 'user_groups' })
export class UserGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'boolean' }) required!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** "Members of this group can work with these groups" (LHC-2, LHC-6). */
@Entity({ name: 'user_group_work_with' })
export class UserGroupWorkWithEntity {
  @PrimaryColumn({ name: 'user_group_id', type: 'uuid' }) userGroupId!: string;
  @PrimaryColumn({ name: 'work_with_group_id', type: 'uuid' }) workWithGroupId!: string;
}

/** A role held by a user group (LHC-3). */
@Entity({ name: 'user_group_roles' })
export class UserGroupRoleEntity {
  @PrimaryColumn({ name: 'user_group_id', type: 'uuid' }) userGroupId!: string;
  @PrimaryColumn({ name: 'role_id', type: 'uuid' }) roleId!: string;
}

/** An organization member in a user group: this makes them an operator. */
@Entity({ name: 'user_group_members' })
export class UserGroupMemberEntity {
  @PrimaryColumn({ name: 'user_group_id', type: 'uuid' }) userGroupId!: string;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
}

/** A department group assigned to an operator (LHC-3, LHC-5). */
@Entity({ name: 'operator_department_groups' })
export class OperatorDepartmentGroupEntity {
  @PrimaryColumn({ name: 'department_group_id', type: 'uuid' }) departmentGroupId!: string;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
}

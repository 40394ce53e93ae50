import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A role: an ordered list of (module, function, limitation) grants (LHC-3). */
@Entity({ name: 'roles' })
export class RoleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** One grant of a role; `function` is `*` for every function of the module. */
@Entity({ name: 'role_grants' })
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'role_id', type: 'uuid' }) roleId!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'text' }) module!: string;
  @Column({ type: 'text' }) function!: string;
  @Column({ type: 'jsonb', nullable: true }) limitation!: Record<string, unknown> | null;
}

import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A member's place in one product of an organization: secondary role, custom role, active or not (GA-9, LC-1). */
@Entity({ name: 'product_users' })
export class ProductUserEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @PrimaryColumn({ type: 'text' }) product!: string;
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ type: 'text' }) role!: string;
  @Column({ name: 'custom_role_id', type: 'uuid', nullable: true }) customRoleId!: string | null;
  @Column({ type: 'boolean' }) active!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A role of a product in an organization: a set of the product's permissions (LC-2). */
@Entity({ name: 'product_custom_roles' })
export class ProductCustomRoleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) product!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', array: true }) permissions!: string[];
  @Column({ name: 'is_default', type: 'boolean' }) isDefault!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

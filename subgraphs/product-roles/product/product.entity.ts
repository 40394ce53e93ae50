import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A product of the catalogue (GA-8): data, not code. */
@Entity({ name: 'products' })
export class ProductEntity {
  @PrimaryColumn({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'secondary_roles', type: 'text', array: true }) secondaryRoles!: string[];
  @Column({ name: 'company_roles', type: 'boolean' }) companyRoles!: boolean;
  @Column({ type: 'jsonb' }) permissions!: Record<string, string>;
  @Column({ name: 'operator_permissions', type: 'text', array: true }) operatorPermissions!: string[];
}

/** A product enabled in an organization (at most once, GA-8); disabling keeps the row and everything under it (CB-2). */
@Entity({ name: 'organization_products' })
export class OrganizationProductEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @PrimaryColumn({ type: 'text' }) product!: string;
  @Column({ name: 'enabled_at', type: 'timestamptz', insert: false, update: false }) enabledAt!: Date;
  @Column({ name: 'enabled_by', type: 'uuid', nullable: true }) enabledBy!: string | null;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @Column({ name: 'disabled_by', type: 'uuid', nullable: true }) disabledBy!: string | null;
}

import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { linkedDepartmentIds } from '../association/association.service';
import { AccountRef } from '../federation.type';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type {
  ActivationCodeEntity,
  BroadcastGroupEntity,
  CustomerDepartmentEntity,
  CustomerGroupEntity,
  CustomerNoteEntity,
  EndUserEntity,
} from './workspace.entity';
import {
  BroadcastGroup,
  CreateActivationCodeInput,
  CreateEndUserInput,
  CreateNamedInput,
  CreateNoteInput,
  CustomerDepartment,
  CustomerGroup,
  CustomerNote,
  DeleteInput,
  EndUser,
  EndUserRefInput,
  ManualActivationCode,
  NoteRefInput,
  RenameInput,
  SetFeatureKeysInput,
  UpdateActivationCodeInput,
  UpdateEndUserInput,
  UpdateNoteInput,
} from './workspace.type';

type C = CustomerHierarchyContext;

@Resolver(() => CustomerDepartment)
export class CustomerDepartmentResolver {
  @FieldResolver(() => [CustomerDepartment], {
    nullable: true,
    description:
      "ES-5: departments this one is linked with: explicit associations, plus its own customer's departments when self discovery is on.",
  })
  @RequiresPermission('portal:hierarchy:read')
  async linkedDepartments(@Root() d: CustomerDepartmentEntity, @Ctx() ctx: C): Promise<CustomerDepartmentEntity[]> {
    const [customer, associations, siblings] = await Promise.all([
      ctx.loaders.customerById.load(d.customerId),
      ctx.loaders.associationsByCustomerId.load(d.customerId),
      ctx.loaders.departmentsByCustomerId.load(d.customerId),
    ]);
    const ids = linkedDepartmentIds(
      d,
      customer?.selfDiscovery ?? false,
      associations,
      siblings.map((s) => s.id),
    );
    return (await ctx.loaders.departmentById.loadMany(ids)).filter(
      (x): x is CustomerDepartmentEntity => !!x && !(x instanceof Error),
    );
  }

  @Mutation(() => CustomerDepartment, { nullable: true })
  @RequiresPermission('portal:create:department')
  createCustomerDepartment(@Arg('input') input: CreateNamedInput, @Ctx() ctx: C): Promise<CustomerDepartmentEntity> {
    return ctx.services.workspace.createNamed(ctx.viewer!, 'department', input) as Promise<CustomerDepartmentEntity>;
  }

  @Mutation(() => CustomerDepartment, { nullable: true })
  @RequiresPermission('portal:edit:department')
  renameCustomerDepartment(@Arg('input') input: RenameInput, @Ctx() ctx: C): Promise<CustomerDepartmentEntity> {
    return ctx.services.workspace.renameNamed(ctx.viewer!, 'department', input) as Promise<CustomerDepartmentEntity>;
  }

  @Mutation(() => ID, { nullable: true, description: 'Deletes a department and its associations.' })
  @RequiresPermission('portal:delete:department')
  deleteCustomerDepartment(@Arg('input') input: DeleteInput, @Ctx() ctx: C): Promise<string> {
    return ctx.services.workspace.deleteNamed(ctx.viewer!, 'department', input);
  }
}

@Resolver(() => CustomerGroup)
export class CustomerGroupResolver {
  @Mutation(() => CustomerGroup, { nullable: true })
  @RequiresPermission('portal:create:group')
  createCustomerGroup(@Arg('input') input: CreateNamedInput, @Ctx() ctx: C): Promise<CustomerGroupEntity> {
    return ctx.services.workspace.createNamed(ctx.viewer!, 'group', input) as Promise<CustomerGroupEntity>;
  }

  @Mutation(() => CustomerGroup, { nullable: true })
  @RequiresPermission('portal:edit:group')
  renameCustomerGroup(@Arg('input') input: RenameInput, @Ctx() ctx: C): Promise<CustomerGroupEntity> {
    return ctx.services.workspace.renameNamed(ctx.viewer!, 'group', input) as Promise<CustomerGroupEntity>;
  }

  @Mutation(() => ID, { nullable: true })
  @RequiresPermission('portal:delete:group')
  deleteCustomerGroup(@Arg('input') input: DeleteInput, @Ctx() ctx: C): Promise<string> {
    return ctx.services.workspace.deleteNamed(ctx.viewer!, 'group', input);
  }
}

@Resolver(() => BroadcastGroup)
export class BroadcastGroupResolver {
  @Mutation(() => BroadcastGroup, { nullable: true })
  @RequiresPermission('portal:create:broadcast_group')
  createBroadcastGroup(@Arg('input') input: CreateNamedInput, @Ctx() ctx: C): Promise<BroadcastGroupEntity> {
    return ctx.services.workspace.createNamed(ctx.viewer!, 'broadcast_group', input) as Promise<BroadcastGroupEntity>;
  }

  @Mutation(() => BroadcastGroup, { nullable: true, description: 'The seed has no Delete row for broadcast groups.' })
  @RequiresPermission('portal:edit:broadcast_group')
  renameBroadcastGroup(@Arg('input') input: RenameInput, @Ctx() ctx: C): Promise<BroadcastGroupEntity> {
    return ctx.services.workspace.renameNamed(ctx.viewer!, 'broadcast_group', input) as Promise<BroadcastGroupEntity>;
  }
}

@Resolver(() => EndUser)
export class EndUserResolver {
  @FieldResolver(() => [String], { nullable: true, description: 'User support feature keys.' })
  @RequiresPermission('portal:hierarchy:read')
  async featureKeys(@Root() u: EndUserEntity, @Ctx() ctx: C): Promise<string[]> {
    return (await ctx.loaders.featureKeysByEndUserId.load(u.id)).map((k) => k.featureKey);
  }

  @Mutation(() => EndUser, { nullable: true })
  @RequiresPermission('portal:create:user')
  createEndUser(@Arg('input') input: CreateEndUserInput, @Ctx() ctx: C): Promise<EndUserEntity> {
    return ctx.services.workspace.createEndUser(ctx.viewer!, input);
  }

  @Mutation(() => EndUser, { nullable: true })
  @RequiresPermission('portal:edit:user')
  updateEndUser(@Arg('input') input: UpdateEndUserInput, @Ctx() ctx: C): Promise<EndUserEntity> {
    return ctx.services.workspace.updateEndUser(ctx.viewer!, input);
  }

  @Mutation(() => ID, { nullable: true })
  @RequiresPermission('portal:delete:user')
  deleteEndUser(@Arg('input') input: EndUserRefInput, @Ctx() ctx: C): Promise<string> {
    return ctx.services.workspace.deleteEndUser(ctx.viewer!, input);
  }

  @Mutation(() => EndUser, { nullable: true, description: "Replaces an end user's support feature keys." })
  @RequiresPermission('portal:edit:feature_keys')
  setEndUserFeatureKeys(@Arg('input') input: SetFeatureKeysInput, @Ctx() ctx: C): Promise<EndUserEntity> {
    return ctx.services.workspace.setFeatureKeys(ctx.viewer!, input);
  }
}

@Resolver(() => CustomerNote)
export class CustomerNoteResolver {
  @FieldResolver(() => AccountRef, { nullable: true })
  @RequiresPermission('portal:view:notes')
  author(@Root() n: CustomerNoteEntity): AccountRef | null {
    return n.authorAccountId ? { id: n.authorAccountId } : null;
  }

  @Mutation(() => CustomerNote, { nullable: true })
  @RequiresPermission('portal:create:note')
  createCustomerNote(@Arg('input') input: CreateNoteInput, @Ctx() ctx: C): Promise<CustomerNoteEntity> {
    return ctx.services.workspace.createNote(ctx.viewer!, input);
  }

  @Mutation(() => CustomerNote, { nullable: true })
  @RequiresPermission('portal:edit:note')
  updateCustomerNote(@Arg('input') input: UpdateNoteInput, @Ctx() ctx: C): Promise<CustomerNoteEntity> {
    return ctx.services.workspace.updateNote(ctx.viewer!, input);
  }

  @Mutation(() => ID, { nullable: true })
  @RequiresPermission('portal:delete:note')
  deleteCustomerNote(@Arg('input') input: NoteRefInput, @Ctx() ctx: C): Promise<string> {
    return ctx.services.workspace.deleteNote(ctx.viewer!, input);
  }
}

@Resolver(() => ManualActivationCode)
export class ManualActivationCodeResolver {
  @Mutation(() => ManualActivationCode, { nullable: true })
  @RequiresPermission('portal:create:activation_code')
  createManualActivationCode(
    @Arg('input') input: CreateActivationCodeInput,
    @Ctx() ctx: C,
  ): Promise<ActivationCodeEntity> {
    return ctx.services.workspace.createActivationCode(ctx.viewer!, input);
  }

  @Mutation(() => ManualActivationCode, {
    nullable: true,
    description: 'The seed has no Delete row for activation codes.',
  })
  @RequiresPermission('portal:edit:activation_code')
  updateManualActivationCode(
    @Arg('input') input: UpdateActivationCodeInput,
    @Ctx() ctx: C,
  ): Promise<ActivationCodeEntity> {
    return ctx.services.workspace.updateActivationCode(ctx.viewer!, input);
  }
}

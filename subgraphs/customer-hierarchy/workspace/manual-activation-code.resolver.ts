import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { ActivationCodeEntity } from './workspace.entity';
import { CreateActivationCodeInput, UpdateActivationCodeInput } from './workspace.input';
import { ManualActivationCode } from './workspace.type';
import { changed, type Changed } from '../../common/payload';
import { CreateManualActivationCodePayload, UpdateManualActivationCodePayload } from './manual-activation-code.payload';

type C = CustomerHierarchyContext;

@Resolver(() => ManualActivationCode)
export class ManualActivationCodeResolver {
  @Mutation(() => CreateManualActivationCodePayload, { nullable: true })
  @RequiresPermission('portal:create:activation_code')
  createManualActivationCode(
    @Arg('input') input: CreateActivationCodeInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'manualActivationCode', ActivationCodeEntity>> {
    return changed('manualActivationCode', ctx.services.workspace.createActivationCode(ctx.viewer!, input));
  }

  @Mutation(() => UpdateManualActivationCodePayload, {
    nullable: true,
    description: 'The seed has no Delete row for activation codes.',
  })
  @RequiresPermission('portal:edit:activation_code')
  updateManualActivationCode(
    @Arg('input') input: UpdateActivationCodeInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'manualActivationCode', ActivationCodeEntity>> {
    return changed('manualActivationCode', ctx.services.workspace.updateActivationCode(ctx.viewer!, input));
  }
}

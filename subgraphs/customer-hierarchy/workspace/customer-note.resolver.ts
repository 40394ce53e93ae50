import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';
import { AccountRef } from '../account/account.ref';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { CustomerNoteEntity } from './workspace.entity';
import { CreateNoteInput, NoteRefInput, UpdateNoteInput } from './workspace.input';
import { CustomerNote } from './workspace.type';
import { changed, type Changed } from '../../common/payload';
import { CreateCustomerNotePayload, UpdateCustomerNotePayload } from './customer-note.payload';

const DeleteCustomerNotePayload = RemovalPayload(
  'DeleteCustomerNotePayload',
  'deletedCustomerNoteId',
  'The id of the deleted note.',
);

type C = CustomerHierarchyContext;

@Resolver(() => CustomerNote)
export class CustomerNoteResolver {
  @FieldResolver(() => AccountRef, { nullable: true })
  @RequiresPermission('portal:view:notes')
  author(@Root() n: CustomerNoteEntity): AccountRef | null {
    return n.authorAccountId ? { id: n.authorAccountId } : null;
  }

  @Mutation(() => CreateCustomerNotePayload, { nullable: true })
  @RequiresPermission('portal:create:note')
  createCustomerNote(
    @Arg('input') input: CreateNoteInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customerNote', CustomerNoteEntity>> {
    return changed('customerNote', ctx.services.workspace.createNote(ctx.viewer!, input));
  }

  @Mutation(() => UpdateCustomerNotePayload, { nullable: true })
  @RequiresPermission('portal:edit:note')
  updateCustomerNote(
    @Arg('input') input: UpdateNoteInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customerNote', CustomerNoteEntity>> {
    return changed('customerNote', ctx.services.workspace.updateNote(ctx.viewer!, input));
  }

  @Mutation(() => DeleteCustomerNotePayload, { nullable: true })
  @RequiresPermission('portal:delete:note')
  async deleteCustomerNote(
    @Arg('input') input: NoteRefInput,
    @Ctx() ctx: C,
  ): Promise<{ deletedCustomerNoteId: string }> {
    return { deletedCustomerNoteId: await ctx.services.workspace.deleteNote(ctx.viewer!, input) };
  }
}

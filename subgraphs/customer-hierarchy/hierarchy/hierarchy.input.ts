import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateServerInput {
  @Field() name!: string;
}

@InputType()
export class CreateSalesConduitInput {
  @Field(() => ID) serverId!: string;
  @Field() name!: string;
}

@InputType()
export class RenameServerInput {
  @Field(() => ID) serverId!: string;
  @Field() name!: string;
}

@InputType()
export class RenameSalesConduitInput {
  @Field(() => ID) conduitId!: string;
  @Field() name!: string;
}

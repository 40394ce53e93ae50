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

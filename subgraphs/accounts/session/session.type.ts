import { Field, Int, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

@ObjectType('LogOutPayload', { description: 'The sessions a log-out ended (X-9).' })
export class LogOutPayload {
  @Field(() => Int, { description: 'How many sessions ended: 1 (this one), or every active one with `allSessions`.' })
  @Public()
  endedSessions!: number;
}

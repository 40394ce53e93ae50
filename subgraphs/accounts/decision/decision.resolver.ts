import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import {
  DECISION_ACTIONS,
  DECISION_TYPE_NAMES,
  type DecisionAnswer,
  type DecisionDomain,
} from '../../common/access/capability';
import { RequiresPermission } from '../../common/access/directive';
import { DecisionRequest } from '../../common/access/decision.input';
import { rootDecisionTypes } from '../../common/access/decision.type';
import type { AccountsContext } from '../accounts.context';
import { decisionQuestions, type DecisionStub } from './decision.service';

const OTHERS = (Object.keys(DECISION_TYPE_NAMES) as DecisionDomain[])
  .filter((d) => d !== 'accounts')
  .map((d) => DECISION_TYPE_NAMES[d]);

/** The accounts view of the decision types: the interface (key only), its own answers, the others' stubs. */
export const AccountsDecisionTypes = rootDecisionTypes(DECISION_TYPE_NAMES.accounts, OTHERS);

@Resolver()
export class DecisionResolver {
  @Query(() => [AccountsDecisionTypes.KeyOnly], {
    description:
      'X-2 + X-7: many "may I" questions at once, across every domain (at most 100). Each answer is given by the ' +
      "subgraph that owns the action's rule, with the same decision its mutation re-checks; an unknown resource " +
      "and one the caller cannot see answer alike; another account's answer needs the right to see its access.",
  })
  @RequiresPermission('authenticated')
  async decisions(
    @Arg('requests', () => [DecisionRequest]) requests: DecisionRequest[],
    @Ctx() ctx: AccountsContext,
  ): Promise<Array<DecisionStub | (DecisionAnswer & DecisionStub)>> {
    const questions = decisionQuestions(ctx.viewer!, requests);
    return Promise.all(
      questions.map(async (q) =>
        DECISION_ACTIONS[q.action]!.domain === 'accounts'
          ? { ...(await ctx.loaders.accountsDecision.load(q.key)), __typename: q.__typename }
          : { __typename: q.__typename, key: q.key },
      ),
    );
  }
}

/** An operator: an organization member placed in user groups of this subgraph. */
export interface OperatorRef {
  organizationId: string;
  accountId: string;
}

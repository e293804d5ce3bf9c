// Words only, apart from removeMember, so the Team page can say them without importing the verb (issue 12: channels
// run it through the tool runner).

/** What the removal did to the member's waiting confirmations, as its activity row, the tool and the Team page say it. */
export const cancelledWords = (n: number) =>
  n === 1 ? 'the confirmation they had asked for was cancelled' : `the ${n} confirmations they had asked for were cancelled`;

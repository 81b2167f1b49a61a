/**
 * How an SMTP status in a query counts (a slot of ./rank): the pair as written most, then the
 * enhanced code, its detail in any class, the reply code.
 */
import { statusKeys, type StatusMention } from '../smtp/statusText';
import { statusTerm } from './format';
import type { Slot } from './rank';

/** A query of at most this many words besides its statuses is about the status itself. */
export const shortStatusQuery = 4;

export interface StatusContext {
  /** The last status of a line is the remote server's own answer, the cause; earlier ones wrap it. */
  last: boolean;
  /** The query is little more than the status. */
  alone: boolean;
}

/**
 * An enhanced code with detail 0 (`4.7.0`, "other or undefined") says little on its own, as little
 * as a reply code; a lone three-digit number inside a longer text says little too, while typed
 * alone (`550`) it is the question.
 */
export function statusSlot(status: StatusMention, context: StatusContext): Slot {
  const generic = status.enhanced?.endsWith('.0') ?? false;
  const weightOf = (key: string) => {
    if (key.includes(' ')) return 1;
    if (key.startsWith('x.')) return generic ? 0.2 : 0.5;
    if (key.includes('.')) return generic ? 0.4 : 0.85;
    return status.enhanced ? 0.4 : 1;
  };
  const loneReply = status.enhanced === null && !context.alone;
  return {
    weight: (context.last ? 1 : 0.5) * (loneReply ? 0.3 : 1),
    alternatives: statusKeys(status).map((key) => ({
      term: statusTerm(key),
      weight: weightOf(key),
    })),
  };
}

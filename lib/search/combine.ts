/**
 * Putting the three kinds of answers in one list: exact look-ups first (the best fit first: the
 * source as named, a sister source, the ID alone), then articles whose template fits a pasted
 * description, then full-text results. Within the first two, the template's fit and then the text
 * score break ties.
 */
import type { ExactMatch } from './exact';
import type { RankedDoc } from './rank';

export type HitReason = 'exact' | 'template' | 'text';

export interface TemplateFit {
  coverage: number;
  values: { placeholder: number; value: string }[];
}

export interface CombinedHit {
  doc: number;
  reason: HitReason;
  score: number;
  /** Index of the best matching body section, or -1. */
  section: number;
  values?: TemplateFit['values'];
  loggedAs?: string;
}

export interface CombineInput {
  exact: readonly ExactMatch[];
  templates: ReadonlyMap<number, TemplateFit>;
  /** Full-text results, best first, and how many there are in all. */
  text: readonly RankedDoc[];
  textTotal: number;
  keep: (doc: number) => boolean;
  /** A long paste: once it names or fits an event, few prose matches are kept. */
  longPaste: boolean;
}

interface Evidence {
  doc: number;
  exact?: number;
  loggedAs?: string;
  template?: TemplateFit;
  text: RankedDoc | undefined;
}

function byEvidence(a: Evidence, b: Evidence): number {
  return (
    (b.exact ?? -1) - (a.exact ?? -1) ||
    (b.template?.coverage ?? -1) - (a.template?.coverage ?? -1) ||
    (b.text?.score ?? 0) - (a.text?.score ?? 0) ||
    a.doc - b.doc
  );
}

export function combine(input: CombineInput): { hits: CombinedHit[]; total: number } {
  const textByDoc = new Map(input.text.map((hit) => [hit.doc, hit]));
  const evidence = new Map<number, Evidence>();
  for (const match of input.exact)
    evidence.set(match.doc, { ...match, exact: match.score, text: textByDoc.get(match.doc) });
  for (const [doc, template] of input.templates)
    evidence.set(doc, { ...evidence.get(doc), doc, template, text: textByDoc.get(doc) });
  const named = [...evidence.values()].filter((hit) => input.keep(hit.doc)).sort(byEvidence);
  // A long paste shares words with many articles: once it names or fits an event, prose
  // matches only add noise.
  const textLimit = named.length > 0 && input.longPaste ? 5 : Infinity;
  const prose = input.text.filter((hit) => !evidence.has(hit.doc)).slice(0, textLimit);
  const proseTotal =
    textLimit === Infinity ? input.textTotal - (input.text.length - prose.length) : prose.length;
  return {
    hits: [
      ...named.map((hit) => ({
        doc: hit.doc,
        reason: hit.exact !== undefined ? ('exact' as const) : ('template' as const),
        score: hit.exact ?? hit.template?.coverage ?? 0,
        section: hit.text?.section ?? -1,
        values: hit.template?.values,
        loggedAs: hit.loggedAs,
      })),
      ...prose.map((hit) => ({ ...hit, reason: 'text' as const })),
    ],
    total: named.length + proseTotal,
  };
}

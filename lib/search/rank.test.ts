import { describe, expect, it } from 'vitest';
import { decodePostings, emptyPostings, encodePostings, type Postings } from './format';
import { messageCandidates, rankDocuments, type Slot } from './rank';

/** Postings of a hand-made index: term → field → articles holding it. */
function index(spec: Record<string, { title?: number[]; message?: number[]; body?: number[] }>) {
  const postings = new Map<string, Postings>();
  for (const [term, fields] of Object.entries(spec)) {
    const built = emptyPostings();
    for (const doc of fields.title ?? []) built.title.set(doc, 1);
    for (const doc of fields.message ?? []) built.message.set(doc, 1);
    for (const doc of fields.body ?? []) built.body.set(doc, [1, 1]);
    built.df = new Set([
      ...(fields.title ?? []),
      ...(fields.message ?? []),
      ...(fields.body ?? []),
    ]).size;
    postings.set(term, decodePostings(encodePostings(built)));
  }
  return (term: string) => postings.get(term);
}
const slots = (...terms: string[]): Slot[] =>
  terms.map((term) => ({ weight: 1, alternatives: [{ term, weight: 1 }] }));

describe('rankDocuments', () => {
  const postingsOf = index({
    queue: { title: [1], body: [2, 3, 4, 5, 6, 7, 8, 9] },
    database: { message: [2], body: [1, 3, 4, 5, 6, 7, 8, 9] },
    corrupt: { title: [3] },
  });

  it('ranks the rare word first, then a title above a message, and cuts the long tail', () =>
    expect(
      rankDocuments(slots('queue', 'database', 'corrupt'), postingsOf, 10).hits.map((h) => h.doc),
    ).toEqual([3, 1]));

  it('counts every article above the cut and returns the best first', () => {
    const ranking = rankDocuments(slots('corrupt'), postingsOf, 10);
    expect(ranking).toEqual({
      hits: [{ doc: 3, score: ranking.hits[0]!.score, section: -1 }],
      total: 1,
    });
  });

  it('ranks only what the filter keeps', () =>
    expect(
      rankDocuments(slots('queue'), postingsOf, 10, { keep: (doc) => doc > 5 }).hits.map(
        (h) => h.doc,
      ),
    ).toEqual([6, 7, 8, 9]));
});

describe('messageCandidates', () => {
  it('puts the articles whose message texts hold most of the words first, titles aside', () => {
    const postingsOf = index({
      firewall: { title: [1, 2, 3], message: [7] },
      receive: { title: [1, 2, 3], message: [7, 8] },
      reach: { message: [4, 5, 6, 7, 8] },
    });
    expect(messageCandidates(slots('receive', 'firewall', 'reach'), postingsOf, 10, 2)).toEqual([
      7, 8,
    ]);
  });
});

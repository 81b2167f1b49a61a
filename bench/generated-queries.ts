/**
 * Queries for a generated corpus, taken from its own articles: an event ID, a symbolic name, a
 * few title words and a filled-in message template of every n-th article. Each expects its own
 * event, so the figures stay meaningful whatever words the generator uses.
 */
import type { Corpus } from '../lib/content/model';

export interface GeneratedQuery {
  kind: 'id' | 'symbolic-name' | 'title-words' | 'paste';
  query: string;
  expected: string;
}

export function generatedQueries(corpus: Corpus, count = 40): GeneratedQuery[] {
  const step = Math.max(1, Math.floor(corpus.articles.length / count));
  const queries: GeneratedQuery[] = [];
  for (let i = 0; i < corpus.articles.length && queries.length < count * 4; i += step) {
    const article = corpus.articles[i]!;
    const { facts, title } = article.original;
    const expected = article.eventKey;
    queries.push({ kind: 'id', query: `${facts.source} ${facts.eventId}`, expected });
    if (facts.symbolicName)
      queries.push({ kind: 'symbolic-name', query: facts.symbolicName, expected });
    queries.push({
      kind: 'title-words',
      query: title.split(/\s+/).slice(0, 4).join(' ').toLowerCase(),
      expected,
    });
    if (facts.messageText)
      queries.push({
        kind: 'paste',
        query: facts.messageText.replace(/%(\d+)/g, (_, n: string) => `value${n}`),
        expected,
      });
  }
  return queries;
}

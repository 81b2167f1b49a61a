import type { Segment } from '@/lib/search/highlight';

/** A result snippet: plain text with the words that matched the query inside <mark>. */
export function Snippet({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

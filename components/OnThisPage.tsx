export interface TocItem {
  /** The id of the element the entry jumps to. */
  id: string;
  label: string;
  /** A language tag when the label is not in the page's language. */
  lang?: string;
}

/**
 * "On this page": links to the parts of a long page. Phones show it as a row of chips under the
 * title; wide screens keep it in the side column, where it stays in view while reading.
 */
export function OnThisPage({ title, items }: { title: string; items: TocItem[] }) {
  if (items.length < 2) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc-heading">
        {title}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} lang={item.lang}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

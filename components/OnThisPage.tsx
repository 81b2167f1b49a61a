export interface TocItem {
  /** The id of the element the entry jumps to. */
  id: string;
  label: string;
  /** A longer description, shown where there is room (the side column of wide screens). */
  detail?: string;
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
            <a href={`#${item.id}`}>
              {item.label}
              {item.detail ? <span className="toc-detail"> {item.detail}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

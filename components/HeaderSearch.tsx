'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useBrowserValue } from './useBrowserValue';

const scripted = () => true;

/**
 * On phones the header shows a search button; pressing it opens the search box across the
 * full width below the header and puts the cursor in it. Without JavaScript the button is a link
 * to the search page. On wide screens the box is always shown and the button hidden (CSS).
 */
export function HeaderSearch({
  button,
  searchHref,
  children,
}: {
  /** The search button's content: an icon and its (hidden) name. */
  button: ReactNode;
  searchHref: string;
  children: ReactNode;
}) {
  const withScript = useBrowserValue(scripted, false);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) panelRef.current?.querySelector('input')?.focus();
  }, [open]);

  return (
    <>
      {withScript ? (
        <button
          ref={toggleRef}
          type="button"
          className="icon-button search-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((current) => !current)}
        >
          {button}
        </button>
      ) : (
        <a className="icon-button search-toggle" href={searchHref}>
          {button}
        </a>
      )}
      <div
        id={panelId}
        ref={panelRef}
        className="header-search"
        data-open={open ? 'true' : undefined}
        onKeyDown={(event) => {
          // The search box's own first Escape closes its result list (and marks the event).
          if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
          setOpen(false);
          toggleRef.current?.focus();
        }}
      >
        {children}
      </div>
    </>
  );
}

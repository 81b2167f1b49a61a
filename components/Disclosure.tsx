'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A header disclosure on phones (the menu, the search box): a native `<details>`, so it opens and
 * closes without JavaScript. With script it also puts the cursor in its field when it opens,
 * closes on Escape (focus back on its button), when focus or a tap moves elsewhere, and after
 * following one of its links. It traps nothing: Tab leaves it.
 */
export function Disclosure({
  className,
  button,
  panelClassName,
  children,
}: {
  className: string;
  /** The content of the button (`<summary>`): an icon and its name. */
  button: ReactNode;
  panelClassName: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    ref.current?.removeAttribute('open');
  }, [pathname]);

  useEffect(() => {
    const closeOnTapOutside = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOnTapOutside);
    return () => document.removeEventListener('pointerdown', closeOnTapOutside);
  }, []);

  return (
    <details
      ref={ref}
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) event.currentTarget.querySelector('input')?.focus();
      }}
      onKeyDown={(event) => {
        const details = ref.current;
        // A field's own first Escape (closing its suggestions) marks the event as handled.
        if (event.key !== 'Escape' || event.defaultPrevented || !details?.open) return;
        event.preventDefault();
        details.open = false;
        details.querySelector('summary')?.focus();
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next && ref.current && !ref.current.contains(next)) ref.current.open = false;
      }}
    >
      <summary className="icon-button">{button}</summary>
      <div className={panelClassName}>{children}</div>
    </details>
  );
}

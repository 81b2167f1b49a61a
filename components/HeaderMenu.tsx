'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The phone header's menu: a native disclosure (`<details>`), so it opens and closes without
 * JavaScript. With script it also closes on Escape (focus back on its button), when focus or a
 * tap moves elsewhere, and after following one of its links. It traps nothing: Tab leaves it.
 */
export function HeaderMenu({ button, children }: { button: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    ref.current?.removeAttribute('open');
  }, [pathname]);

  useEffect(() => {
    const closeOnTapOutside = (event: PointerEvent) => {
      const menu = ref.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('pointerdown', closeOnTapOutside);
    return () => document.removeEventListener('pointerdown', closeOnTapOutside);
  }, []);

  return (
    <details
      ref={ref}
      className="site-menu"
      onKeyDown={(event) => {
        const menu = ref.current;
        if (event.key !== 'Escape' || !menu?.open) return;
        event.preventDefault();
        menu.open = false;
        menu.querySelector('summary')?.focus();
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next && ref.current && !ref.current.contains(next)) ref.current.open = false;
      }}
    >
      <summary className="icon-button menu-button">{button}</summary>
      <div className="site-menu-panel">{children}</div>
    </details>
  );
}

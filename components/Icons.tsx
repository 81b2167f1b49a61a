/**
 * A small line icon for a button, drawn by the stylesheet (an SVG mask) in the text colour
 * (so no script carries it). Decorative: the button's text names the button.
 */
export function Icon({ name }: { name: 'search' | 'menu' | 'copy' | 'check' }) {
  return <span className={`icon icon-${name}`} aria-hidden="true" />;
}

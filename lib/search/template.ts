/**
 * Matching pasted event descriptions against message templates (`Send connector %1: …`).
 * A template is compiled into its literal chunks; matching finds them in order with indexOf, so
 * the cost is linear in the text and no input can make it backtrack. Whitespace and line breaks
 * are tolerant: any run of whitespace matches any other.
 */

/** Pastes longer than this are cut before matching (a whole event log export is not a query). */
export const maxPasteLength = 100_000;

export type TemplatePart = { literal: string } | { placeholder: number };

export interface CompiledTemplate {
  parts: TemplatePart[];
  /** Total length of the literal text: a template with little literal text matches too much. */
  literalLength: number;
}

export interface TemplateMatch {
  values: { placeholder: number; value: string }[];
  /** Share of the template that is literal text found in the paste (0–1). */
  coverage: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

export function compileTemplate(template: string): CompiledTemplate {
  const parts: TemplatePart[] = [];
  for (const piece of collapse(template.trim()).split(/(%\d+)/)) {
    if (/^%\d+$/.test(piece)) parts.push({ placeholder: Number(piece.slice(1)) });
    else if (piece) parts.push({ literal: piece });
  }
  const literalLength = parts.reduce(
    (sum, p) => sum + ('literal' in p ? p.literal.trim().length : 0),
    0,
  );
  return { parts, literalLength };
}

/** Templates with less literal text than this are never matched against pastes. */
const minimumLiteralLength = 12;

/**
 * Normalised text: horizontal whitespace runs become one space, runs with a line break become
 * one '\n'. `flat` is the same with '\n' as ' ', so both have equal length and positions agree.
 */
function normalize(text: string): { lines: string; flat: string } {
  const lines = text
    .slice(0, maxPasteLength)
    .replace(/[^\S\n]*\n\s*/g, '\n')
    .replace(/[^\S\n]+/g, ' ');
  const flat = lines.replace(/\n/g, ' ');
  const lower = flat.toLowerCase();
  return { lines, flat: lower.length === flat.length ? lower : flat };
}

export function matchTemplate(template: CompiledTemplate, text: string): TemplateMatch | null {
  if (template.literalLength < minimumLiteralLength) return null;
  const { lines, flat } = normalize(text);
  const literals = template.parts
    .filter((p): p is { literal: string } => 'literal' in p)
    .map((p) => p.literal.toLowerCase());
  if (!literals.every((l) => flat.includes(l.trim()))) return null;

  const values: TemplateMatch['values'] = [];
  let position = -1;
  let pending: number | null = null;
  const lastPart = template.parts.at(-1);
  for (const part of template.parts) {
    if ('placeholder' in part) {
      pending = part.placeholder;
      continue;
    }
    const literal = part.literal.toLowerCase();
    const found =
      part === lastPart && pending !== null
        ? lastOnLine(lines, flat, literal, position)
        : flat.indexOf(literal, Math.max(position, 0));
    if (found < 0) return null;
    if (pending !== null) {
      const start = position < 0 ? lines.lastIndexOf('\n', found - 1) + 1 : position;
      values.push({
        placeholder: pending,
        value: lines.slice(start, found).replace(/\n/g, ' ').trim(),
      });
      pending = null;
    }
    position = found + literal.length;
  }
  if (pending !== null) {
    const end = lines.indexOf('\n', position);
    values.push({
      placeholder: pending,
      value: lines.slice(position, end < 0 ? undefined : end).trim(),
    });
  }
  const templateLength = template.parts.reduce(
    (sum, p) => sum + ('literal' in p ? p.literal.length : 2),
    0,
  );
  return { values, coverage: template.literalLength / templateLength };
}

/**
 * A closing literal after a placeholder (`… SMTP response %3.`) is taken at its last place on the
 * line, so a value that itself contains the literal (`4.7.0`) is not cut short.
 */
function lastOnLine(lines: string, flat: string, literal: string, from: number): number {
  const lineEnd = lines.indexOf('\n', from);
  const found = flat.lastIndexOf(literal, (lineEnd < 0 ? flat.length : lineEnd) - literal.length);
  return found >= from ? found : flat.indexOf(literal, from);
}

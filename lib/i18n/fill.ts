/**
 * Fills `{name}` slots of a UI string with values. A replacer function, never a replacement
 * string: `String.prototype.replace` would expand `$&`, `` $` `` and `$'` typed by a reader.
 * Slots without a value are left as they are.
 */
export function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

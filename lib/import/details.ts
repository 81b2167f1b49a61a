/**
 * The Details table of event and alert articles: label lines (`Event ID`) each followed by their
 * value, on the next line(s) or on the same line after a tab, a colon or a wide gap. Labels are
 * mostly English even on translated pages, but German and Russian exports translate some.
 */
import { ImportError } from './errors';
import type { Line } from './lines';

export const detailKeys = [
  'product',
  'productVersion',
  'eventId',
  'source',
  'category',
  'symbolicName',
  'messageText',
  'alertType',
  'rulePath',
  'ruleName',
] as const;
export type DetailKey = (typeof detailKeys)[number];
export type Details = Partial<Record<DetailKey, string>>;

/** Labels per field, in lower case; English first, then German, Russian and a few others. */
const labels: Record<DetailKey, readonly string[]> = {
  product: [
    'product name',
    'product',
    'produktname',
    'produkt',
    'название продукта',
    'имя продукта',
    'продукт',
    'nom du produit',
    'nombre del producto',
  ],
  productVersion: [
    'product version',
    'product versions',
    'version',
    'produktversion',
    'version des produkts',
    'версия продукта',
    'версия',
    'version du produit',
    'versión del producto',
  ],
  eventId: [
    'event id',
    'event-id',
    'eventid',
    'ereignis-id',
    'ereignis id',
    'ereigniskennung',
    'код события',
    'ид события',
    'идентификатор события',
    'id события',
    "id de l'événement",
    'id. de evento',
    'id de evento',
  ],
  source: [
    'event source',
    'source',
    'ereignisquelle',
    'quelle',
    'источник события',
    'источник',
    "source de l'événement",
    'origen del evento',
  ],
  category: [
    'category',
    'task category',
    'kategorie',
    'aufgabenkategorie',
    'категория',
    'категория задачи',
    'catégorie',
    'categoría',
  ],
  symbolicName: [
    'symbolic name',
    'symbolischer name',
    'символическое имя',
    'nom symbolique',
    'nombre simbólico',
  ],
  messageText: [
    'message text',
    'message',
    'meldungstext',
    'nachrichtentext',
    'meldung',
    'текст сообщения',
    'сообщение',
    'texte du message',
    'texto del mensaje',
  ],
  alertType: [
    'alert type',
    'warnungstyp',
    'benachrichtigungstyp',
    'warnungsart',
    'тип оповещения',
    'тип предупреждения',
    "type d'alerte",
  ],
  rulePath: [
    'mom rule path',
    'rule path',
    'mom-regelpfad',
    'regelpfad',
    'путь правила mom',
    'путь к правилу mom',
    'путь правила',
    'chemin de la règle mom',
  ],
  ruleName: [
    'mom rule name',
    'rule name',
    'mom-regelname',
    'regelname',
    'имя правила mom',
    'имя правила',
    'nom de la règle mom',
  ],
};

const byLabel = new Map<string, DetailKey>(
  detailKeys.flatMap((key) => labels[key].map((label) => [label, key] as const)),
);

/**
 * Labels that are also ordinary words ("Message: …", "Version 2"). They are read inside a table,
 * but never start one: only a specific label (`Event ID`, `Produktname`) shows that one begins.
 */
const genericLabels: ReadonlySet<string> = new Set([
  'product',
  'produkt',
  'продукт',
  'version',
  'версия',
  'source',
  'quelle',
  'источник',
  'message',
  'meldung',
  'сообщение',
  'rule path',
  'rule name',
  'regelpfad',
  'regelname',
  'путь правила',
  'имя правила',
  'category',
  'kategorie',
  'категория',
]);
const longestFirst = [...byLabel.keys()].sort((a, b) => b.length - a.length);

/** True for a line that can only belong to a Details table (a specific label). */
export function startsDetails(text: string): boolean {
  const label = matchDetailLabel(text);
  return label !== null && !label.generic;
}

/** Lines that head the table itself, in the languages of the exports. */
const tableHeadings = new Set([
  'details',
  'einzelheiten',
  'detailinformationen',
  'сведения',
  'подробности',
  'подробные сведения',
  'détails',
  'detalles',
  'dettagli',
  'detalhes',
  '詳細',
]);

export function isDetailsHeading(text: string): boolean {
  return tableHeadings.has(
    text
      .toLowerCase()
      .replace(/[:：]$/u, '')
      .trim(),
  );
}

export interface LabelMatch {
  key: DetailKey;
  /** The value written on the label's own line, if any. */
  inline: string | null;
  /** True for a label that is also an ordinary word; see `genericLabels`. */
  generic: boolean;
}

/**
 * Reads a label line: the label alone (`Event ID`, `Event ID:`) or followed by its value after a
 * colon, a tab (a copied table row) or two or more spaces. A label followed by one plain space
 * is prose ("Event ID 9901 is logged …") and not a label line.
 */
export function matchDetailLabel(text: string): LabelMatch | null {
  const lower = text.toLowerCase();
  for (const label of longestFirst) {
    if (!lower.startsWith(label)) continue;
    const rest = text.slice(label.length);
    const key = byLabel.get(label)!;
    const generic = genericLabels.has(label);
    if (/^\s*[:：]?\s*$/u.test(rest)) return { key, inline: null, generic };
    const inline = /^(?:\s*[:：]|\t|\s{2,})\s*(.*)$/u.exec(rest);
    if (inline) return { key, inline: inline[1]!.trim() || null, generic };
  }
  return null;
}

/** Fields whose values may run over several lines (kept with their line breaks). */
const multiLine: ReadonlySet<DetailKey> = new Set(['messageText', 'ruleName']);

export interface ParsedDetails {
  details: Details;
  /** Lines after the table's last value, when the article has no section headings to end it. */
  body: Line[];
}

interface Field {
  key: DetailKey;
  /** Runs of consecutive value lines; a blank line starts a new run. */
  runs: string[][];
  /** Index in `lines` where the field's second run starts (-1 while it has at most one). */
  secondRunAt: number;
}

/**
 * Collects the values of the table. `lines` runs from the table to the first section heading, or
 * to the end of an article without headings: then (`bodyAfterTable`) only the first run of lines
 * under the last label is its value and the rest is body text. Otherwise a value may span several
 * runs (a message text of two paragraphs). Product Version may appear more than once (one row per
 * version); any other field given twice with different values is an error, because we cannot tell
 * which one is right.
 */
export function parseDetails(
  lines: readonly Line[],
  options: { bodyAfterTable: boolean },
): ParsedDetails {
  const fields: Field[] = [];
  let previousBlank = true;
  lines.forEach((line, index) => {
    const field = fields.at(-1);
    if (line.text === '' || isDetailsHeading(line.text)) {
      previousBlank = true;
      return;
    }
    const label = matchDetailLabel(line.text);
    if (label) {
      fields.push({ key: label.key, runs: label.inline ? [[label.inline]] : [], secondRunAt: -1 });
      previousBlank = false;
      return;
    }
    if (field) {
      if (previousBlank || field.runs.length === 0) {
        if (field.runs.length === 1) field.secondRunAt = index;
        field.runs.push([line.text]);
      } else field.runs.at(-1)!.push(line.text);
    }
    previousBlank = false;
  });

  const last = fields.at(-1);
  let body: Line[] = [];
  if (options.bodyAfterTable && last && last.secondRunAt !== -1) {
    body = lines.slice(last.secondRunAt);
    last.runs = last.runs.slice(0, 1);
  }

  const values = new Map<DetailKey, string[]>();
  for (const field of fields) {
    if (field.runs.length === 0) continue;
    const separator = multiLine.has(field.key) ? '\n' : ' ';
    const value = field.runs.map((run) => run.join(separator)).join(separator);
    values.set(field.key, [...new Set([...(values.get(field.key) ?? []), value])]);
  }
  const details: Details = {};
  for (const [key, given] of values) {
    if (key === 'productVersion') details[key] = given.join(', ');
    else if (given.length > 1)
      throw new ImportError(
        `the Details table gives two different values for ${labels[key][0]}: ${given.map((v) => JSON.stringify(v)).join(' and ')}`,
      );
    else details[key] = given[0];
  }
  return { details, body };
}

/**
 * Pages speak to the reader. Phrases that belong to an author's working notes (what "the
 * research" found, what a product's code says) are refused in every locale: facts come from the
 * public pages listed in `sources`, and decompiled code is never an authority.
 */

const workingNotePatterns: readonly RegExp[] = [
  /\bthe research\b/iu,
  /\bresearch (record|notes?|data)\b/iu,
  /\bwas not captured\b/iu,
  /\b(Exchange( Server)? )?20\d\d(\s+CU\d+)? code\b/iu,
  /\bsource code\b/iu,
  /\bdecompil/iu,
  /Recherche/u,
  /\bnicht erfasst\b/iu,
  /Quellcode/iu,
  /\bdekompil/iu,
  /Code von Exchange|Exchange[- ]20\d\d-Code/iu,
  /исследовани/iu,
  /исходн\p{L}* код/iu,
  /декомпил/iu,
  /код\p{L}* Exchange/iu,
];

export interface WorkingNote {
  /** 1-based line within the text. */
  line: number;
  phrase: string;
}

/** Every working-note phrase in `text`, with its line. */
export function findWorkingNotes(text: string): WorkingNote[] {
  const found: WorkingNote[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const pattern of workingNotePatterns) {
      const match = pattern.exec(lineText);
      if (match) found.push({ line: index + 1, phrase: match[0] });
    }
  });
  return found;
}

/** The three sections of an article body. Their keys double as the page anchors. */
export const sectionKeys = ['explanation', 'user-action', 'more-information'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** Sections every original must have, in this order. */
export const requiredSections: readonly SectionKey[] = sectionKeys;

/** An original's User action must give at least this many numbered steps. */
export const minimumActionSteps = 2;

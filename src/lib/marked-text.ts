/** A run of text, `marked` when it is highlighted (`<mark>`): a search's matches, the words a correction changed. */
export type MarkedRun = { text: string; marked: boolean };

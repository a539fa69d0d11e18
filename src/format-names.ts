/** The report formats of the CLI; formatReport (format.ts) renders them. Apart so --help needs no reporter. */
export const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

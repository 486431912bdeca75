/** The shape of the language data this engine reads (see src/lang/<code>/). STUB: to be filled in by its owner. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ClaimTables {}

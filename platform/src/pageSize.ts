// The subgraphs' page cap, here because the gateway needs it too: the kit refuses a
// larger `first`, and the gateway's cost limit counts a page size it cannot read from
// the document (a variable) as this many.

/** The most items one page of a connection holds, whatever `first` asks. */
export const MAX_PAGE_SIZE = 100;

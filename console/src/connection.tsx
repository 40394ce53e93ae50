/** A connection the server may refuse (null) or page. */
export interface Paged<T> {
  totalCount: number;
  edges: Array<{ node: T }>;
}

/** The nodes of the page, or null when the field was refused (a hidden list, not an empty one). */
export function nodesOf<T>(page: Paged<T> | null | undefined): T[] | null {
  return page ? page.edges.map((e) => e.node) : null;
}

/** Says so when a list shows only its first page (the configuration and product screens ask for 50 or 100 rows). */
export function MoreThanShown({ page, noun }: { page: Paged<unknown> | null | undefined; noun: string }) {
  if (!page || page.totalCount <= page.edges.length) return null;
  return (
    <p role="note">
      Showing the first {page.edges.length} of {page.totalCount} {noun}.
    </p>
  );
}

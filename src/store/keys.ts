// The key of a document drawn over a map — a solution or a requirement set: its map and its id.
// Two documents with the same key are the same one (a later one replaces it).

export const solutionKey = (doc: { readonly map: string; readonly id: string }): string =>
  `${doc.map}/${doc.id}`;

// Every message the loader can show, in one place. Each names the offending id and,
// where it can, says what would be right.

const q = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

export const messages = {
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; files up to ${limit / 1024 / 1024} MiB are accepted`,
  empty: () =>
    'the file is empty: expected a map (kind: map), a solution (kind: solution) or requirements (kind: requirements)',
  notAMapping: (found: string) =>
    `expected a YAML mapping with "kind: map", "kind: solution" or "kind: requirements", found ${found}`,
  unknownKind: (kind: unknown) =>
    `unknown kind ${typeof kind === 'string' ? q(kind) : String(kind)}: use "map", "solution" or "requirements"`,
  missingKind: () =>
    'missing "kind": add "kind: map", "kind: solution" or "kind: requirements" at the top',
  yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
  strayText: (text: string) =>
    `YAML syntax error: the document is only the text ${q(text)}, so nothing after it can be read; remove it, or write it as "key: value"`,
  yamlWarning: (detail: string) => `YAML: ${detail}`,
  aliasBomb: () =>
    'too many aliases (*refs): this looks like an alias bomb; expand the aliases by hand',
  tooMany: (count: number, limit: number) =>
    `the file is too long to read quickly: ${count} lines and list items, at most ${limit} are accepted (a map of 1,000 stations needs about 10,000); split it into several files`,
  tooManyStations: (count: number, limit: number) =>
    `the map has ${count} stations; at most ${limit} are accepted (the layout would take minutes); split it into several maps`,
  mergeKey: () =>
    'merge keys (<<) are not supported (they are YAML 1.1, and hide where values come from); write the fields out',
  complexKey: () => 'a key must be plain text, not a list or a mapping',
  tooDeep: () => 'the file nests too deeply to be a map',
  tooManyDocuments: (limit: number) =>
    `the file holds more than ${limit} YAML documents (---); split it into several files`,
  moreProblems: (count: number) =>
    `…and ${count} more ${count === 1 ? 'problem' : 'problems'} after this line; fix the ones above first`,
  unreadable: (detail: string) => `the file could not be read: ${detail}`,
  notUtf8: () => 'the file is not UTF-8 text; save it as UTF-8 YAML',
  binary: () => 'the file looks binary (it holds NUL bytes), not YAML text',
  duplicateId: (kind: string, id: string, firstLine: number) =>
    `duplicate ${kind} id ${q(id)}: already used on line ${firstLine}; ids must be unique`,
  unknownStop: (line: string, station: string) =>
    `line ${q(line)} stops at unknown station ${q(station)}; add the station or fix the id`,
  repeatedStop: (line: string, station: string) =>
    `line ${q(line)} stops at ${q(station)} twice in a row; remove one of them`,
  unknownZone: (station: string, zone: string) =>
    `station ${q(station)} is in unknown zone ${q(zone)}; add the zone or fix the id`,
  stationOnNoLine: (station: string) =>
    `station ${q(station)} is on no line; it will stand alone on the map`,
  samePosition: (station: string, other: string) =>
    `station ${q(station)} is pinned at the same position as ${q(other)}; move one of them`,
  wrongMap: (solution: string, map: string) =>
    `solution ${q(solution)} is for map ${q(map)}, which is not loaded; open that map first or fix "map"`,
  unknownClaim: (solution: string, station: string, map: string) =>
    `solution ${q(solution)} claims unknown station ${q(station)}, which map ${q(map)} lacks; the rest of the solution still applies`,
  duplicateClaim: (solution: string, station: string) =>
    `solution ${q(solution)} claims station ${q(station)} more than once; the stronger claim is kept`,
  offMapLabel: (solution: string, station: string, map: string) =>
    `solution ${q(solution)} gives a label to ${q(station)}, which is a station of map ${q(map)}; a label is only for claims outside the map, so remove it`,
  duplicateIntegration: (solution: string, other: string) =>
    `solution ${q(solution)} lists its integration with ${q(other)} more than once; keep one`,
  selfIntegration: (solution: string) =>
    `solution ${q(solution)} lists an integration with itself; name the other tool in "with"`,
  requirementsWrongMap: (requirements: string, map: string) =>
    `requirements ${q(requirements)} are for map ${q(map)}, which is not loaded; open that map first or fix "map"`,
  unknownNeed: (requirements: string, station: string, map: string) =>
    `requirements ${q(requirements)} name unknown station ${q(station)}, which map ${q(map)} lacks; add the station to the map or fix the id`,
  duplicateNeed: (requirements: string, station: string, firstLine: number) =>
    `requirements ${q(requirements)} list station ${q(station)} twice (first on line ${firstLine}); keep one priority per station`,
  schema: (context: string, detail: string) => (context ? `${context}, ${detail}` : detail),
  unknownKey: (context: string, key: string, allowed: readonly string[]) =>
    `${context ? `${context}: ` : ''}unknown field ${q(key)}${allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`,
} as const;

/** The schema's own messages, for a value of the wrong form (zod shows them as they are). */
export const schemaMessages = {
  reservedId: 'this id is reserved (it names a JavaScript built-in); choose another',
  idPattern: 'use lower-case letters, digits and dashes, starting with a letter or digit',
  hexColor: 'colours are CSS hex values such as "#0098d4" or "#09d"',
  webLink: 'links must start with https:// or http://',
  shortPath: 'a path needs at least two stops',
  noLines: 'a map needs at least one line',
  noStations: 'a map needs at least one station',
  isoDate: 'dates are ISO calendar dates such as "2026-12-01"',
} as const;

export const quote = q;

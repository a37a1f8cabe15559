// Every message of the interface, in one place: opening an address, saving, exporting, the
// layout. Each says what happened and, where it can, what to do.

export const uiMessages = {
  notAnAddress: (address: string) => `“${address}” is not a web address`,
  wrongProtocol: (protocol: string) =>
    `only https:// and http:// addresses can be opened, not ${protocol}`,
  unreachable: (href: string) =>
    `${href} could not be fetched: the host is unreachable or does not allow other sites to read it (CORS)`,
  notFound: () => 'there is no file there (404 Not Found)',
  serverAnswered: (status: number, statusText: string) =>
    `the server answered ${status} ${statusText}`.trim(),
  notOpened: (href: string, why: string) => `${href} could not be opened: ${why}`,
  webPage: (href: string) => `${href} is a web page (HTML), not a YAML file; link to the raw file`,
  tooLarge: (href: string, bytes: number) =>
    `${href} is too large (${(bytes / 1024 / 1024).toFixed(1)} MiB or more); files up to 1 MiB are accepted`,
  fetchedProblem: (href: string, message: string) => `${href}: ${message}`,
  positionsNotWritten: (reason: string) => `The positions could not be written: ${reason}.`,
  exportFailed: (what: string, why: string) => `${what} failed: ${why}`,
  fontNotLoaded: (url: string, status: number) => `the font ${url} did not load (${status})`,
  noBundledMap: (id: string) => `No bundled map "${id}".`,
  layoutFailed: (why: string) => `Layout failed: ${why}`,
  /** While a map is laid out: its size, and how far the layout has come when it is known. */
  layingOut: (stations: number, share: number | null) =>
    `Laying out ${stations} station${stations === 1 ? '' : 's'}…${share === null ? '' : ` ${Math.round(share * 100)}%`}`,
  /** Beside a failed layout when the map drawn before is still on screen. */
  layoutFailedMapKept: (why: string) =>
    `${why} The map shown is the last one drawn, and nothing you typed is lost: edit the map or open it again to try once more.`,
} as const;

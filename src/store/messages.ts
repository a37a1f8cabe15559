// Every message of the store, in one place: what the app says when an edit, an open, a save
// or a restore goes wrong. Each says what happened and, where it can, what to do.

/** When the code that reads YAML could not be fetched (offline, a new deploy…). */
const modelCodeFailed =
  'the code that reads YAML could not be loaded (offline?); reload the page to try again';

export const storeMessages = {
  modelCodeFailed,
  notOpened: () => `The file was not opened: ${modelCodeFailed}.`,
  notUpdated: () => `The map could not be updated: ${modelCodeFailed}.`,
  notMoved: (station: string, reason: string) => `Station "${station}" was not moved: ${reason}.`,
  noMapAnyMore: () => 'the text holds no map any more: keep "kind: map"',
  idTaken: (id: string) => `another open map already has the id "${id}"; choose another id`,
  /** The name the problems panel gives an edited map. */
  edited: (name: string) => `${name} (edited)`,

  storageFull: () => 'the browser storage for this site is full',
  storageBlocked: () => 'this browser does not allow the site to store data here (private mode?)',
  storageRefused: () => 'the browser refused to store data for this site',
  notSaved: (reason: string) =>
    `Your work is not being saved in this browser: ${reason}. You can go on editing, but a reload or closing the tab would lose it — save your map as a .yaml file to keep it.`,
  /** Another tab saved a map while it was being edited here. */
  changedElsewhere: (title: string) =>
    `“${title}” was changed and saved in another tab while you were editing it here.`,
  notRestored: (reason: string, setAsideKey: string) =>
    `Your last session could not be restored: ${reason}. It was set aside in this browser's storage (${setAsideKey}); the bundled maps are shown.`,
  partlyRestored: (dropped: number) =>
    `${dropped} saved ${dropped === 1 ? 'item' : 'items'} could not be restored and were left out.`,

  saveUnknownFormat: () => 'the saved session is not in a format this app knows',
  saveNoVersion: () => 'the saved session has no version',
  saveTooNew: (version: number) =>
    `the saved session comes from a newer version of the app (${version})`,
  saveMissingFields: () => 'the saved session is damaged (some of its fields are missing)',
  saveTooOld: (version: number) => `the saved session is too old to read (version ${version})`,
  saveNotUpgraded: () => 'the saved session could not be upgraded',
  saveNotJson: () => 'the saved session is damaged (it is not valid JSON)',
} as const;

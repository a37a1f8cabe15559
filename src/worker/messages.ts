// Every message of the layout worker and its client, in one place. The ones a reader may see
// name the map; the rest are for whoever reads the console or a failed test.

export const workerMessages = {
  /** A layout given up after its retry: shown over the map still on screen. */
  layoutGaveUp: (mapName: string, reason: string) =>
    `The layout of “${mapName}” failed twice: ${reason}.`,
  parseGaveUp: (reason: string) => `The file could not be read in the layout worker: ${reason}.`,
  workerStopped: (detail: string) => `the layout worker stopped (${detail || 'an error'})`,
  noAnswer: () => 'the layout worker gave no answer in time',
  layoutFailed: (error: string) => `the layout failed: ${error}`,
  superseded: () => 'superseded by a newer version of the map',
  cancelled: () => 'the layout was cancelled',
  wrongReply: (asked: string, reply: string) => `a ${asked} answered with "${reply}"`,
  // Answers to messages that are not requests.
  notARequest: (what: string) => `not a request: ${what}`,
  noId: () => 'a request needs a numeric id',
  missingFields: (type: string, fields: string) => `${type}: needs ${fields}`,
  unknownType: (type: string) => `unknown request type: ${type}`,
} as const;

// A valid map of two stations on one line, as YAML text: the base that tests (unit, e2e and
// the hostile fixtures) edit into the case they need.
export const TWO_STATION_MAP = `kind: map
id: small
title: Small
lines:
  - {id: l, label: L, color: "#123", stops: [a, b]}
stations:
  - {id: a, label: A}
  - {id: b, label: B}
`;

// The text of a new map: small, valid, and commented so that it teaches the format.

export function mapTemplate(id: string): string {
  return `# A new transit map. Stations are components, lines are the ways they interact,
# zones are areas of responsibility. Edit the text: the map follows as you type.
kind: map
id: ${id}
title: My machine learning system
zones:
  - id: data
    label: Data
  - id: models
    label: Models
lines:
  - id: data-flow
    label: Data flow
    color: "#0072b2"
    stops: [sources, features, training]
  - id: model-flow
    label: Model lifecycle
    color: "#d55e00"
    stops: [training, registry, serving]
stations:
  - id: sources
    label: Data sources
    zone: data
  - id: features
    label: Feature pipeline
    zone: data
  - id: training
    label: Training
    zone: models
  - id: registry
    label: Model registry
    zone: models
  - id: serving
    label: Serving
    zone: models
`;
}

/** The first of `my-map`, `my-map-2`, `my-map-3`… that no open map uses. */
export function freshMapId(taken: ReadonlySet<string>, base = 'my-map'): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

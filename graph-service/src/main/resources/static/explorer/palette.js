// Colours: one per concept type and one per relation, shared by the graphs and the legends.

export const TYPE_COLOURS = {
  Method: '#4e79a7',
  Architecture: '#f28e2b',
  Task: '#59a14f',
  Dataset: '#e15759',
  Metric: '#b07aa1',
};

export const RELATION_COLOURS = {
  instanceOf: '#9c755f',
  basedOn: '#76b7b2',
  usesMethod: '#4e79a7',
  addresses: '#59a14f',
  evaluatedOn: '#e15759',
  outperforms: '#d4a017',
  comparedWith: '#8c8c8c',
};

export const typeColour = type => TYPE_COLOURS[type] ?? '#999999';
export const relationColour = predicate => RELATION_COLOURS[predicate] ?? '#8c8c8c';

// The PaperGraph explorer: wires the search box, the three views (explore, paths, results) and
// the paper drawer to the state in the URL's hash.
import {api} from './api.js';
import {h, replace} from './dom.js';
import {Autocomplete} from './autocomplete.js';
import {GraphView} from './graph-view.js';
import {Panel} from './panel.js';
import {PaperDrawer} from './paper.js';
import {PathFinder} from './paths.js';
import {ResultsView} from './results.js';
import {readState, setState, changedKeys} from './state.js';
import {typeColour, relationColour} from './palette.js';

const $ = id => document.getElementById(id);
const EXPANSION_LIMIT = 15;

const graph = new GraphView($('graph'), {
  onNode: node => selectNode(node),
  onEdge: edge => panel.showRelation(edge.relation),
});
const panel = new Panel($('panel'), graph);
const drawer = new PaperDrawer(document.body.appendChild(h('aside', {id: 'paper', class: 'drawer', hidden: true,
  'aria-label': 'Paper'})));
const pathFinder = new PathFinder({graphElement: $('path-graph'), listElement: $('path-list')});
const results = new ResultsView($('results'));
const expanded = new Set();
let last = {};

// For the browser tests and for anyone poking at the page from the console.
window.papergraph = {graph, cy: graph.cy, pathsCy: pathFinder.cy};

const searchHits = (query, signal) => api.search(query, {limit: 10, signal});
new Autocomplete($('search'), $('search-options'), {source: searchHits,
  onSelect: concept => setState({view: 'explore', concept: concept.id, paper: null, mark: null})});
const pathFrom = new Autocomplete($('path-from'), $('path-from-options'), {source: searchHits, onSelect: () => $('path-to').focus()});
const pathTo = new Autocomplete($('path-to'), $('path-to-options'), {source: searchHits, onSelect: () => $('path-find').focus()});
const resultsPick = new Autocomplete($('results-concept'), $('results-options'), {
  source: async (query, signal) => {
    const [datasets, metrics] = await Promise.all([api.search(query, {type: 'dataset', limit: 8, signal}),
      api.search(query, {type: 'metric', limit: 8, signal})]);
    return [...datasets, ...metrics].sort((a, b) => b.score - a.score).slice(0, 10);
  },
  onSelect: concept => setState({view: 'results', board: concept.id})});

document.addEventListener('keydown', event => {
  const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName);
  if (event.key === '/' && !typing) {
    event.preventDefault();
    $('search').focus();
  }
});
for (const tab of document.querySelectorAll('.tabs [data-view]')) {
  tab.addEventListener('click', event => {
    event.preventDefault();
    setState({view: tab.dataset.view});
  });
}
$('depth').addEventListener('change', () => setState({depth: $('depth').value}));
$('limit').addEventListener('change', () => setState({limit: $('limit').value}));
$('fit').addEventListener('click', () => graph.fit());
$('relayout').addEventListener('click', () => graph.relayout());
$('path-form').addEventListener('submit', event => {
  event.preventDefault();
  setState({view: 'paths', from: pathFrom.value(), to: pathTo.value(), k: $('path-k').value, max: $('path-max').value});
});

function selectNode(node) {
  const expansion = $('expand-on-click').checked && !node.center && !expanded.has(node.id) ? expand(node) : null;
  // The panel lists the node's relations in the graph, so it waits for the expansion to land.
  panel.showConcept(node.id, expansion);
}

async function expand(node) {
  expanded.add(node.id);
  const state = readState();
  try {
    const hood = await api.neighbourhood(node.id, {depth: 1, limit: EXPANSION_LIMIT,
      predicates: state.predicates, types: state.types});
    const added = graph.merge(hood, node.id);
    status(added ? `Expanded ${node.label}: ${added} more concept${added === 1 ? '' : 's'}.` : `${node.label} has no other neighbours.`);
    noteGraphSize();
  } catch (error) {
    expanded.delete(node.id);
    status(`Cannot expand ${node.label}: ${error.message}`, true);
  }
}

async function loadNeighbourhood(state) {
  expanded.clear();
  if (!state.concept) {
    graph.clear();
    $('graph-note').textContent = '';
    return;
  }
  $('graph').dataset.loading = 'true';
  try {
    const hood = await api.neighbourhood(state.concept, {depth: state.depth ?? 1, limit: state.limit ?? 50,
      predicates: state.predicates, types: state.types});
    graph.show(hood);
    graph.select(hood.center.id);
    panel.showConcept(hood.center.id);
    $('search').value = hood.center.name;
    noteGraphSize(hood.truncated);
    document.title = `${hood.center.name} · PaperGraph explorer`;
  } catch (error) {
    graph.clear();
    status(`Cannot show ${state.concept}: ${error.message}`, true);
  } finally {
    delete $('graph').dataset.loading;
    $('graph').dataset.center = state.concept;
  }
}

function noteGraphSize(truncated = $('graph-note').dataset.truncated === 'true') {
  $('graph-note').dataset.truncated = String(truncated);
  $('graph-note').textContent = `${graph.cy.nodes().length} concepts, ${graph.cy.edges().length} relations`
    + (truncated ? ' (the best ranked: more are reachable; raise the limit or filter)' : '');
}

function status(message, error = false) {
  const el = $('status');
  el.textContent = message;
  el.classList.toggle('error', error);
  el.hidden = false;
  clearTimeout(status.timer);
  status.timer = setTimeout(() => { el.hidden = true; }, error ? 8000 : 3000);
}

async function buildFilters() {
  const vocabulary = await api.vocabulary();
  const box = (name, value, colour, label) => h('label', {class: 'check'},
    h('input', {type: 'checkbox', name, value, checked: true, onchange: filtersChanged}),
    h('span', {class: 'swatch', style: `background:${colour}`}), label);
  $('relation-filter').append(...vocabulary.relations.map(r => box('predicate', r.predicate, relationColour(r.predicate), r.predicate)));
  $('type-filter').append(...vocabulary.types.map(t => box('type', t, typeColour(t), t)));
}

/** All boxes ticked means no filter, so that the URL stays short. */
function filtersChanged() {
  const picked = name => {
    const boxes = [...document.querySelectorAll(`input[name=${name}]`)];
    const on = boxes.filter(b => b.checked).map(b => b.value);
    return on.length === boxes.length ? null : on;
  };
  setState({predicates: picked('predicate'), types: picked('type')});
}

function syncControls(state) {
  $('depth').value = state.depth ?? '1';
  $('limit').value = state.limit ?? '50';
  for (const b of document.querySelectorAll('input[name=predicate]')) b.checked = !state.predicates || state.predicates.includes(b.value);
  for (const b of document.querySelectorAll('input[name=type]')) b.checked = !state.types || state.types.includes(b.value);
  showConcept(pathFrom, state.from);
  showConcept(pathTo, state.to);
  if (state.k) $('path-k').value = state.k;
  if (state.max) $('path-max').value = state.max;
}

/** Puts a concept given by id (from the URL or a button) into a combobox, by its name once known. */
async function showConcept(combobox, id) {
  if (!id || combobox.input.dataset.conceptId === id) return;
  combobox.set({id, name: id});
  const detail = await api.concept(id).catch(() => null);
  if (detail && combobox.input.dataset.conceptId === id) combobox.set(detail.concept);
}

function showView(view) {
  for (const name of ['explore', 'paths', 'results']) {
    $(`view-${name}`).hidden = name !== view;
    $(`tab-${name}`).setAttribute('aria-selected', String(name === view));
  }
  document.body.dataset.view = view;
  if (view === 'explore') graph.cy.resize();
  if (view === 'paths') pathFinder.cy.resize();
}

async function route() {
  const state = readState();
  const changed = changedKeys(last, state);
  last = state;
  syncControls(state);
  showView(state.view);
  if (['concept', 'depth', 'limit', 'predicates', 'types'].some(k => changed.has(k))) loadNeighbourhood(state);
  if (state.view === 'paths' && state.from && state.to && ['view', 'from', 'to', 'k', 'max'].some(k => changed.has(k))) {
    const answer = await pathFinder.find(state.from, state.to, {k: state.k ?? 3, maxLength: state.max ?? 4});
    if (answer) {
      pathFrom.set(answer.from);
      pathTo.set(answer.to);
    }
  }
  if (state.view === 'results' && (changed.has('view') || changed.has('board'))) {
    if (state.board) {
      const concept = await results.show(state.board);
      if (concept) resultsPick.set(concept);
    } else {
      resultsPick.set(null);
      results.showStart();
    }
  }
  if (changed.has('paper') || changed.has('mark')) drawer.show(state.paper, state.mark);
}

window.addEventListener('hashchange', route);
buildFilters().then(route, error => {
  status(`The service did not answer: ${error.message}`, true);
  route();
});

// The concept graph drawn with Cytoscape.js (loaded from its WebJar as the global `cytoscape`):
// node colour by type, node size by how many papers mention the concept, edge colour and label
// by relation.
import {typeColour, relationColour} from './palette.js';

const STYLE = [
  {selector: 'node', style: {
    'background-color': 'data(colour)',
    'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
    'font-size': 11, 'font-family': 'system-ui, sans-serif', 'color': '#1f2328',
    'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 130,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
    'border-width': 1, 'border-color': '#ffffff',
  }},
  {selector: 'node[?center]', style: {'border-width': 4, 'border-color': '#1f2328', 'font-weight': 'bold'}},
  {selector: 'node[?expanded]', style: {'border-style': 'double', 'border-width': 4, 'border-color': '#555555'}},
  {selector: 'edge', style: {
    'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
    'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.8,
    'width': 'data(width)', 'opacity': 0.85,
    'label': 'data(predicate)', 'font-size': 9, 'color': '#57606a', 'text-rotation': 'autorotate',
    'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
  }},
  {selector: ':selected', style: {'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 6}},
  {selector: '.faded', style: {'opacity': 0.25}},
];

const MAX_FIT_ZOOM = 1.2;
// Rings around the centre: nearer and better ranked concepts inside, each ring holding a few more.
const CONCENTRIC = {name: 'concentric', concentric: node => 1000 - node.data('ring'), levelWidth: () => 1,
  minNodeSpacing: 24, animate: false, fit: true, padding: 30};
const FIRST_RING = 10;
const COSE = {name: 'cose', animate: false, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 9000,
  idealEdgeLength: () => 90};

export class GraphView {
  /** @param handlers onNode(data), onEdge(data), onBackground() */
  constructor(container, handlers) {
    this.cy = cytoscape({container, style: STYLE, minZoom: 0.15, maxZoom: 3, boxSelectionEnabled: false});
    this.cy.on('tap', 'node', event => handlers.onNode?.(event.target.data()));
    this.cy.on('tap', 'edge', event => handlers.onEdge?.(event.target.data()));
    this.cy.on('tap', event => event.target === this.cy && handlers.onBackground?.());
  }

  /** Replaces the graph with a neighbourhood (the API's answer), laid out in rings by distance. */
  show(neighbourhood) {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(withRings(toElements(neighbourhood)));
    });
    this.cy.layout(CONCENTRIC).run();
    this.capZoom();
  }

  /** Adds the concepts and relations of a neighbourhood not drawn yet, placed around one node. */
  merge(neighbourhood, aroundId) {
    const around = this.cy.getElementById(aroundId);
    const fresh = toElements(neighbourhood).filter(e => this.cy.getElementById(e.data.id).empty());
    const origin = around.nonempty() ? around.position() : {x: 0, y: 0};
    const centre = this.cy.nodes().boundingBox();
    const away = Math.atan2(origin.y - (centre.y1 + centre.y2) / 2, origin.x - (centre.x1 + centre.x2) / 2);
    const nodes = fresh.filter(e => e.group === 'nodes');
    nodes.forEach((node, i) => {
      // Fan the new nodes out on the side of the clicked node that faces away from the graph.
      const angle = away + (nodes.length === 1 ? 0 : (i / (nodes.length - 1) - 0.5) * Math.PI * 1.2);
      const radius = 110 + 18 * (i % 3);
      node.position = {x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle)};
      node.data.distance = (around.data('distance') ?? 0) + 1;
    });
    const added = this.cy.add(fresh);
    around.data('expanded', true);
    this.settle(added.nodes());
    return nodes.length;
  }

  /** Lets new nodes find free space by a force layout in which every other node stays where it is. */
  settle(newNodes) {
    const others = this.cy.nodes().difference(newNodes).lock();
    this.cy.layout({...COSE, numIter: 400}).run();
    others.unlock();
    this.fit();
  }

  relayout() {
    this.cy.layout(COSE).run();
    this.capZoom();
  }

  fit() {
    this.cy.fit(undefined, 30);
    this.capZoom();
  }

  /** A small graph fitted to the screen would be drawn huge; keep it at a readable size. */
  capZoom() {
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  /** Selects a node or edge by id and returns whether it exists. */
  select(id) {
    this.cy.elements().unselect();
    const element = this.cy.getElementById(id);
    element.select();
    return element.nonempty();
  }

  /** Returns the relations drawn at a node, best supported first. */
  relationsOf(nodeId) {
    return this.cy.getElementById(nodeId).connectedEdges().map(e => e.data('relation'))
      .sort((a, b) => b.support - a.support);
  }

  /** Returns the names and aliases of a concept drawn in the graph, for highlighting. */
  namesOf(conceptId) {
    const node = this.cy.getElementById(conceptId);
    return node.empty() ? [] : [node.data('label'), ...(node.data('aliases') ?? [])];
  }

  clear() {
    this.cy.elements().remove();
  }
}

/**
 * Gives each node a ring: the centre alone in ring 0, then the others nearest first and, at one
 * distance, in the API's order (best ranked first), ring r holding FIRST_RING * r nodes, and a new
 * ring for each distance.
 */
function withRings(elements) {
  let ring = 0;
  let room = 1;
  let distance = 0;
  // Array.prototype.sort is stable, so the API's ranking holds within each distance.
  const nodes = elements.filter(e => e.group === 'nodes').sort((a, b) => a.data.distance - b.data.distance);
  for (const element of nodes) {
    if (room === 0 || element.data.distance !== distance) {
      ring += 1;
      room = FIRST_RING * ring;
      distance = element.data.distance;
    }
    element.data.ring = ring;
    room -= 1;
  }
  return elements;
}

/** Returns the id of the edge that draws a relation. */
export const edgeId = relation => `${relation.subject}~${relation.type}~${relation.object}`;

/** Turns the API's neighbourhood (or a path's concepts and relations) into Cytoscape elements. */
export function toElements(neighbourhood) {
  const centre = neighbourhood.center?.id;
  const nodes = neighbourhood.nodes.map(n => ({group: 'nodes', data: {
    id: n.concept.id, label: n.concept.name, type: n.concept.type, colour: typeColour(n.concept.type), aliases: n.concept.aliases,
    papers: n.concept.papers, distance: n.distance ?? 0, score: n.score ?? 0,
    size: Math.min(64, 18 + 7 * Math.log2(1 + n.concept.papers)), center: n.concept.id === centre,
  }}));
  const edges = neighbourhood.edges.map(r => ({group: 'edges', data: {
    id: edgeId(r), source: r.subject, target: r.object, predicate: r.predicate, colour: relationColour(r.predicate),
    support: r.support,
    width: Math.min(6, 1 + Math.log2(r.support)), relation: r,
  }}));
  return [...nodes, ...edges];
}

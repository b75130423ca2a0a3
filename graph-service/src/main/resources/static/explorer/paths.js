// The path finder: the k shortest paths between two concepts, drawn as a graph and listed hop by
// hop, each hop with the sentences that state its relation.
import {api} from './api.js';
import {h, replace} from './dom.js';
import {evidenceList} from './evidence.js';
import {relationTitle} from './panel.js';
import {conceptLink} from './paper.js';
import {typeColour, relationColour} from './palette.js';
import {edgeId} from './graph-view.js';

export class PathFinder {
  constructor({graphElement, listElement}) {
    this.list = listElement;
    this.cy = cytoscape({container: graphElement, minZoom: 0.2, maxZoom: 2.5, boxSelectionEnabled: false,
      autoungrabify: false, style: [
        {selector: 'node', style: {'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 3, 'width': 22, 'height': 22, 'text-wrap': 'ellipsis',
          'text-max-width': 140, 'font-family': 'system-ui, sans-serif'}},
        {selector: 'node[?end]', style: {'border-width': 4, 'border-color': '#1f2328', 'width': 30, 'height': 30}},
        {selector: 'edge', style: {'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'label': 'data(predicate)', 'font-size': 9,
          'color': '#57606a', 'text-rotation': 'autorotate', 'width': 2,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8}},
        {selector: '.hover', style: {'overlay-color': '#ffbf00', 'overlay-opacity': 0.35}},
      ]});
  }

  /** Finds and shows the paths and returns the answer (null on failure); the list's data-ready tells when it is done. */
  async find(from, to, {k, maxLength}) {
    delete this.list.dataset.ready;
    replace(this.list, h('li', {class: 'note'}, `Looking for paths from ${from} to ${to}…`));
    let answer = null;
    try {
      answer = await api.paths(from, to, {k, maxLength});
      this.draw(answer);
      replace(this.list, answer.paths.length ? await Promise.all(answer.paths.map((p, i) => this.item(p, i)))
        : h('li', {class: 'note'}, `No path of at most ${maxLength} hops joins ${answer.from.name} and ${answer.to.name}.`));
    } catch (error) {
      this.cy.elements().remove();
      replace(this.list, h('li', {class: 'error'}, `Cannot find paths: ${error.message}`));
    }
    this.list.dataset.ready = `${from}→${to}`;
    return answer;
  }

  draw(answer) {
    const nodes = new Map();
    const edges = new Map();
    const addNode = (id, name, type) => nodes.has(id) || nodes.set(id, {group: 'nodes', data: {id, label: name,
      colour: typeColour(type), end: id === answer.from.id || id === answer.to.id}});
    addNode(answer.from.id, answer.from.name, answer.from.type);
    addNode(answer.to.id, answer.to.name, answer.to.type);
    for (const path of answer.paths) {
      for (const hop of path.hops) {
        addNode(hop.from, hop.fromName, null);
        addNode(hop.to, hop.toName, null);
        const r = hop.relation;
        edges.set(edgeId(r), {group: 'edges', data: {id: edgeId(r), source: r.subject, target: r.object,
          predicate: r.predicate, colour: relationColour(r.predicate)}});
      }
    }
    this.cy.elements().remove();
    this.cy.add([...nodes.values(), ...edges.values()]);
    this.cy.layout({name: 'breadthfirst', roots: `#${CSS.escape(answer.from.id)}`, directed: false, spacingFactor: 1.1,
      animate: false, fit: true, padding: 25}).run();
    this.typeNodes(answer);
  }

  /** Colours the inner nodes by type once known (hops name concepts without their type). */
  async typeNodes(answer) {
    const ids = this.cy.nodes().filter(n => n.data('colour') === typeColour(null)).map(n => n.id());
    await Promise.all(ids.map(async id => {
      const detail = await api.concept(id).catch(() => null);
      if (detail) this.cy.getElementById(id).data('colour', typeColour(detail.concept.type));
    }));
  }

  async item(path, index) {
    const hops = await Promise.all(path.hops.map(async hop => {
      const r = hop.relation;
      return h('li', {class: 'hop', onmouseenter: () => this.cy.getElementById(edgeId(r)).addClass('hover'),
        onmouseleave: () => this.cy.getElementById(edgeId(r)).removeClass('hover')},
      h('div', {class: 'hop-title'}, relationTitle(r), hop.forward ? null : h('span', {class: 'meta'}, ' (walked backwards)')),
      await evidenceList(r.evidence, [hop.fromName, hop.toName]));
    }));
    const chain = [conceptLink({id: path.hops[0].from, name: path.hops[0].fromName, type: ''})];
    for (const hop of path.hops) {
      chain.push(h('span', {class: 'predicate', style: `color:${relationColour(hop.relation.predicate)}`},
        hop.forward ? ` —${hop.relation.predicate}→ ` : ` ←${hop.relation.predicate}— `));
      chain.push(conceptLink({id: hop.to, name: hop.toName, type: ''}));
    }
    return h('li', {class: 'path', dataset: {index}},
      h('h3', {}, `Path ${index + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}`),
      h('p', {class: 'chain'}, chain),
      h('ol', {class: 'hops'}, hops));
  }
}

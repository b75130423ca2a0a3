// The side panel: the selected concept (type, aliases, papers, claims, its relations in the
// graph with their evidence) or the selected relation (every sentence that states it).
import {api} from './api.js';
import {h, replace} from './dom.js';
import {evidenceList, paperLink} from './evidence.js';
import {conceptLink, role} from './paper.js';
import {setState} from './state.js';
import {typeColour, relationColour} from './palette.js';

const PAPERS_SHOWN = 8;
const RELATIONS_SHOWN = 12;

export class Panel {
  /** @param graph the GraphView whose selection the panel shows */
  constructor(element, graph) {
    this.element = element;
    this.graph = graph;
    this.shown = null;
  }

  /**
   * Shows a concept; ignores answers that arrive after the user moved on. When the graph is
   * still changing (a promise), its relations are listed once it has.
   */
  async showConcept(conceptId, graphChange = null) {
    const token = this.begin(`concept:${conceptId}`);
    try {
      const [detail] = await Promise.all([api.concept(conceptId), graphChange]);
      const relations = await this.relationsSection(conceptId);
      if (this.shown === token) this.finish(token, this.conceptView(detail, relations));
    } catch (error) {
      if (this.shown === token) this.finish(token, h('p', {class: 'error'}, `Cannot show ${conceptId}: ${error.message}`));
    }
  }

  /** Shows a relation with all its evidence (fetched again when the graph holds only the first few). */
  async showRelation(relation) {
    const token = this.begin(`relation:${relation.subject}~${relation.type}~${relation.object}`);
    let full = relation;
    if (relation.evidenceCount > relation.evidence.length) {
      const found = await api.relations({subject: relation.subject, predicate: relation.predicate,
        object: relation.object}).catch(() => []);
      full = found[0] ?? relation;
    }
    const terms = [...this.names(relation.subject, relation.subjectName), ...this.names(relation.object, relation.objectName)];
    const body = [
      h('p', {class: 'kicker'}, 'Relation'),
      h('h2', {class: 'relation-title'}, relationTitle(full)),
      h('p', {class: 'meta'}, `stated by ${full.support} paper${full.support === 1 ? '' : 's'}, `
        + `${full.evidenceCount} sentence${full.evidenceCount === 1 ? '' : 's'} of evidence`),
      h('h3', {}, 'Evidence'),
      await evidenceList(full.evidence, terms),
      full.evidence.length < full.evidenceCount
        ? h('p', {class: 'note'}, `The ${full.evidence.length} most confident of ${full.evidenceCount} are shown.`) : null,
    ];
    if (this.shown === token) this.finish(token, body);
  }

  begin(token) {
    this.shown = token;
    delete this.element.dataset.ready;
    this.element.setAttribute('aria-busy', 'true');
    return token;
  }

  finish(token, content) {
    replace(this.element, content);
    this.element.dataset.ready = token;
    this.element.removeAttribute('aria-busy');
    this.element.scrollTop = 0;
  }

  names(conceptId, name) {
    const names = this.graph.namesOf(conceptId);
    return names.length ? names : [name];
  }

  conceptView(detail, relations) {
    const c = detail.concept;
    const resultsRole = c.type === 'Dataset' || c.type === 'Metric';
    return [
      h('p', {class: 'kicker'}, h('span', {class: 'swatch', style: `background:${typeColour(c.type)}`}), c.type),
      h('h2', {class: 'concept-name'}, c.name),
      c.aliases.length ? h('p', {class: 'aliases'}, 'Also: ', c.aliases.join(', ')) : null,
      h('p', {class: 'meta'}, `mentioned by ${c.papers} paper${c.papers === 1 ? '' : 's'} · `
        + `${detail.relations.outgoing} relations out, ${detail.relations.incoming} in`),
      h('div', {class: 'buttons'},
        h('button', {type: 'button', onclick: () => setState({view: 'explore', concept: c.id})}, 'Centre here'),
        h('button', {type: 'button', onclick: () => setState({view: 'paths', from: c.id})}, 'Path from here'),
        h('button', {type: 'button', onclick: () => setState({view: 'paths', to: c.id})}, 'Path to here'),
        resultsRole ? h('button', {type: 'button', onclick: () => setState({view: 'results', board: c.id})}, 'Leaderboard') : null),
      relations,
      paperSection('Proposed by', detail.proposedBy, 'proposed-by'),
      paperSection('Mentioned by', detail.mentionedBy, 'mentioned-by'),
      claimSection(detail.claims, new Map([...detail.proposedBy, ...detail.mentionedBy].map(p => [p.id, p.title]))),
    ];
  }

  /** The concept's relations drawn in the graph, each with its most confident sentence. */
  async relationsSection(conceptId) {
    const relations = this.graph.relationsOf(conceptId).slice(0, RELATIONS_SHOWN);
    if (!relations.length) return null;
    const items = await Promise.all(relations.map(async r => {
      const terms = [...this.names(r.subject, r.subjectName), ...this.names(r.object, r.objectName)];
      return h('li', {class: 'relation'},
        h('button', {type: 'button', class: 'link', onclick: () => {
          this.graph.select(`${r.subject}~${r.type}~${r.object}`);
          this.showRelation(r);
        }}, relationTitle(r, false)),
        await evidenceList(r.evidence.slice(0, 1), terms));
    }));
    return h('section', {class: 'relations'}, h('h3', {}, 'Relations in the graph, with evidence'), h('ul', {}, items));
  }
}

/** "ViT —evaluatedOn→ ImageNet", with the concepts as links when asked. */
export function relationTitle(r, links = true) {
  const name = (id, text) => links ? conceptLink({id, name: text, type: ''}) : h('span', {}, text);
  return [name(r.subject, r.subjectName), ' ',
    h('span', {class: 'predicate', style: `color:${relationColour(r.predicate)}`}, `—${r.predicate}→`), ' ',
    name(r.object, r.objectName)];
}

function paperSection(title, papers, className) {
  if (!papers.length) return null;
  const items = papers.map(p => h('li', {}, paperLink(p.id, p.title),
    p.mentions > 1 ? h('span', {class: 'meta'}, ` · ${p.mentions} mentions`) : null));
  const list = h('ul', {class: `papers ${className}`}, items.slice(0, PAPERS_SHOWN));
  const more = items.length > PAPERS_SHOWN ? h('details', {}, h('summary', {}, `${items.length - PAPERS_SHOWN} more`),
    h('ul', {class: 'papers'}, items.slice(PAPERS_SHOWN))) : null;
  return h('section', {}, h('h3', {}, `${title} (${papers.length})`), list, more);
}

function claimSection(claims, titles) {
  if (!claims.length) return null;
  return h('section', {}, h('h3', {}, `Claims (${claims.length})`), h('ul', {class: 'claims'}, claims.slice(0, 20).map(c => {
    const at = c.valueText ? c.text.indexOf(c.valueText) : -1;
    const text = at < 0 ? c.text
      : [c.text.slice(0, at), h('mark', {class: 'value'}, c.valueText), c.text.slice(at + c.valueText.length)];
    return h('li', {class: `claim ${c.kind}`}, h('span', {class: 'kind'}, `${c.kind}, ${role(c.role)}`), h('span', {}, text),
      h('span', {class: 'source'}, paperLink(c.paper, titles.get(c.paper) ?? c.paper)));
  })));
}

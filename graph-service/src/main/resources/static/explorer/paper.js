// The paper drawer: a paper's title, abstract and what was extracted from it, opened beside any
// view (#…&paper=ID&mark=abstract:412:470 marks those characters of the abstract).
import {api} from './api.js';
import {h, replace, formatNumber} from './dom.js';
import {stateLink, setState} from './state.js';
import {typeColour} from './palette.js';

const ARXIV_ID = /^\d{4}\.\d{4,5}(v\d+)?$/;

export class PaperDrawer {
  constructor(element) {
    this.element = element;
    document.addEventListener('keydown', event => {
      if (event.key === 'Escape' && !this.element.hidden && !event.defaultPrevented) this.close();
    });
  }

  close() {
    setState({paper: null, mark: null});
  }

  async show(paperId, mark) {
    if (!paperId) {
      this.element.hidden = true;
      return;
    }
    this.element.hidden = false;
    delete this.element.dataset.ready;
    replace(this.element, h('p', {class: 'note'}, 'Loading the paper…'));
    try {
      const paper = await api.paper(paperId);
      replace(this.element, this.render(paper, parseMark(mark)));
    } catch (error) {
      replace(this.element, this.closeButton(), h('p', {class: 'error'}, `Cannot show paper ${paperId}: ${error.message}`));
    }
    this.element.dataset.ready = paperId;
    this.element.querySelector('.close')?.focus();
  }

  render(detail, mark) {
    const p = detail.paper;
    return [
      this.closeButton(),
      h('p', {class: 'kicker'}, 'Paper'),
      h('h2', {}, markedText(p.title, mark?.field === 'title' ? mark : null)),
      h('p', {class: 'meta'}, [p.date, p.authors.join(', '), p.subjects.join(' ')].filter(Boolean).join(' · ')),
      h('p', {class: 'meta'}, `id ${p.id}`, ARXIV_ID.test(p.id)
        ? [' · ', h('a', {href: `https://arxiv.org/abs/${p.id}`, target: '_blank', rel: 'noopener noreferrer'}, 'arXiv page')]
        : null),
      h('p', {class: 'abstract'}, markedText(detail.abstractText ?? '', mark?.field === 'abstract' ? mark : null)),
      conceptChips('Proposes', detail.proposes),
      conceptChips('Mentions', detail.mentions.slice(0, 30)),
      detail.claims.length ? h('section', {}, h('h3', {}, `Claims (${detail.claims.length})`),
        h('ul', {class: 'claims'}, detail.claims.map(claimItem))) : null,
    ];
  }

  closeButton() {
    return h('button', {type: 'button', class: 'close', 'aria-label': 'Close the paper', onclick: () => this.close()}, '×');
  }
}

function parseMark(mark) {
  const [field, begin, end] = (mark ?? '').split(':');
  return field && Number.isInteger(+begin) && Number.isInteger(+end) ? {field, begin: +begin, end: +end} : null;
}

function markedText(text, mark) {
  if (!mark || mark.begin < 0 || mark.end > text.length || mark.begin >= mark.end) return text;
  return [text.slice(0, mark.begin), h('mark', {class: 'term'}, text.slice(mark.begin, mark.end)), text.slice(mark.end)];
}

function conceptChips(title, concepts) {
  if (!concepts.length) return null;
  return h('section', {}, h('h3', {}, title), h('ul', {class: 'chips'}, concepts.map(c => h('li', {},
    conceptLink(c)))));
}

/** A link that opens a concept in the explorer. */
export function conceptLink(concept) {
  const link = stateLink({view: 'explore', concept: concept.id, paper: null, mark: null},
    concept.type ? h('span', {class: 'swatch', style: `background:${typeColour(concept.type)}`}) : '', concept.name);
  link.className = 'concept-link';
  link.dataset.concept = concept.id;
  return link;
}

function claimItem(claim) {
  const text = claim.sentence || claim.text;
  const at = claim.valueText ? text.indexOf(claim.valueText) : -1;
  const body = at < 0 ? text
    : [text.slice(0, at), h('mark', {class: 'value'}, claim.valueText), text.slice(at + claim.valueText.length)];
  return h('li', {class: `claim ${claim.kind}`},
    h('span', {class: 'kind'}, claim.kind),
    h('span', {}, body),
    claim.links.length ? h('span', {class: 'links'}, claim.links.map(l => `${role(l.role)} ${l.name}`).join(' · ')) : null,
    claim.confidence === null ? null : h('span', {class: 'rule'}, ` · confidence ${formatNumber(claim.confidence)}`));
}

/** Names a claim's link to a concept for people. */
export function role(link) {
  return {CLAIM_SUBJECT: 'about', CLAIM_METRIC: 'metric', CLAIM_DATASET: 'on', COMPARED_TO: 'vs'}[link] ?? link;
}

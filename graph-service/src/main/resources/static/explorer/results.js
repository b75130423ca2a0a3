// The results view: leaderboards for a dataset or a metric, built from quantitative claims.
import {api} from './api.js';
import {h, replace} from './dom.js';
import {paperLink} from './evidence.js';
import {conceptLink} from './paper.js';
import {stateLink} from './state.js';
import {typeColour} from './palette.js';

export class ResultsView {
  constructor(element) {
    this.element = element;
  }

  /** Shows the most mentioned datasets and metrics to start from. */
  async showStart() {
    delete this.element.dataset.ready;
    const [datasets, metrics] = await Promise.all([
      api.search('', {type: 'dataset', limit: 12}), api.search('', {type: 'metric', limit: 12})]).catch(() => [[], []]);
    const chooser = (title, hits) => h('section', {class: 'start'}, h('h3', {}, title), h('ul', {class: 'chips'},
      hits.map(hit => h('li', {}, boardLink(hit.concept)))));
    replace(this.element, h('p', {class: 'note'}, 'Pick a dataset or a metric above, or one of the most mentioned:'),
      chooser('Datasets', datasets), chooser('Metrics', metrics));
    this.element.dataset.ready = 'start';
  }

  async show(conceptId) {
    delete this.element.dataset.ready;
    replace(this.element, h('p', {class: 'note'}, 'Loading results…'));
    let concept = null;
    try {
      const board = await api.leaderboard(conceptId);
      replace(this.element, this.render(board));
      concept = board.concept;
    } catch (error) {
      replace(this.element, h('p', {class: 'error'}, `Cannot show results for ${conceptId}: ${error.message}`));
    }
    this.element.dataset.ready = conceptId;
    return concept;
  }

  render(leaderboard) {
    const c = leaderboard.concept;
    const head = h('header', {}, h('h2', {}, `Results ${c.type === 'Metric' ? 'measured with' : c.type === 'Dataset' ? 'on' : 'of'} `,
      conceptLink(c)), h('p', {class: 'meta'}, `${leaderboard.boards.reduce((n, b) => n + b.entries.length, 0)} `
      + `quantitative claims in ${leaderboard.boards.length} board${leaderboard.boards.length === 1 ? '' : 's'}`
      + (leaderboard.truncated ? ' (the most confident shown)' : '')));
    if (!leaderboard.boards.length) {
      return [head, h('p', {class: 'note'}, `No quantitative claim names ${c.name} yet.`)];
    }
    return [head, ...leaderboard.boards.map(board)];
  }
}

function boardLink(concept) {
  const link = stateLink({view: 'results', board: concept.id}, h('span', {class: 'swatch', style: `background:${typeColour(concept.type)}`}),
    concept.name);
  link.className = 'concept-link';
  return link;
}

function board(b) {
  const title = [b.metric?.name ?? 'unnamed metric', b.dataset ? ` on ${b.dataset.name}` : '', b.unit ? ` (${b.unit})` : ''].join('');
  return h('section', {class: 'board'},
    h('h3', {}, title, h('span', {class: 'direction'}, b.lowerIsBetter ? ' · lower is better' : ' · higher is better')),
    h('table', {class: 'leaderboard'},
      h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'Method'), h('th', {class: 'num'}, 'Value'), h('th', {}, 'Paper'))),
      h('tbody', {}, b.entries.map(e => h('tr', {},
        h('td', {class: 'rank'}, String(e.rank)),
        h('td', {}, e.subject ? conceptLink({...e.subject, type: ''}) : h('span', {class: 'meta'}, 'not named')),
        h('td', {class: 'num'}, e.valueText),
        h('td', {}, paperLink(e.paper, e.paperTitle), h('div', {class: 'sentence small'}, valueMarked(e.sentence, e.valueText))))))));
}

function valueMarked(sentence, value) {
  const at = sentence.indexOf(value);
  return at < 0 ? sentence : [sentence.slice(0, at), h('mark', {class: 'value'}, value), sentence.slice(at + value.length)];
}

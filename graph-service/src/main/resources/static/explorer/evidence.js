// Evidence sentences with the words that matched highlighted. The evidence carries character
// offsets into the paper's title or abstract; the sentence is found in that text to turn them
// into offsets within the sentence.
import {api} from './api.js';
import {h, formatNumber} from './dom.js';
import {stateLink} from './state.js';

/** Returns [begin, end) of the evidence span within the sentence, or null when it cannot be placed. */
export function spanInSentence(fieldText, sentence, begin, end) {
  if (!fieldText || !sentence || begin === null || begin === undefined || end === null || end === undefined) {
    return null;
  }
  const start = fieldText.lastIndexOf(sentence, begin);
  if (start >= 0 && begin >= start && end <= start + sentence.length) return [begin - start, end - start];
  const span = fieldText.slice(begin, end);
  const at = span ? sentence.indexOf(span) : -1;
  return at >= 0 ? [at, at + span.length] : null;
}

/** Returns the ranges of the sentence where any of the terms occurs (ignoring case, whole words). */
export function termRanges(sentence, terms) {
  const ranges = [];
  const lower = sentence.toLowerCase();
  for (const term of new Set(terms.filter(t => t && t.length > 1).map(t => t.toLowerCase()))) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      const before = at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]);
      const after = at + term.length >= lower.length || !/[\p{L}\p{N}]/u.test(lower[at + term.length]);
      if (before && after) ranges.push([at, at + term.length]);
    }
  }
  return ranges;
}

/** Renders a sentence: the asserted span in .span, the terms in <mark class="term">. */
export function highlighted(sentence, span, terms) {
  const flags = new Uint8Array(sentence.length);
  if (span) for (let i = span[0]; i < span[1]; i++) flags[i] |= 1;
  for (const [b, e] of termRanges(sentence, terms)) for (let i = b; i < e; i++) flags[i] |= 2;
  const parts = [];
  for (let i = 0; i < sentence.length;) {
    let j = i;
    while (j < sentence.length && flags[j] === flags[i]) j++;
    const text = sentence.slice(i, j);
    const inner = flags[i] & 2 ? h('mark', {class: 'term'}, text) : text;
    parts.push(flags[i] & 1 ? h('span', {class: 'span'}, inner) : inner);
    i = j;
  }
  return parts;
}

/** Returns the text of the paper's field the evidence points into, or null when unknown. */
async function fieldText(evidence) {
  try {
    const paper = await api.paper(evidence.paper);
    return evidence.field === 'title' ? paper.paper.title : paper.abstractText;
  } catch {
    return null;
  }
}

/** Renders one entry of evidence: the sentence, highlighted, and where it comes from. */
export async function evidenceItem(evidence, terms) {
  const sentence = evidence.sentence ?? '';
  const span = spanInSentence(await fieldText(evidence), sentence, evidence.begin, evidence.end);
  const where = [evidence.field, evidence.sentenceIndex === null ? null : `sentence ${evidence.sentenceIndex}`]
    .filter(x => x !== null && x !== undefined).join(', ');
  return h('li', {class: 'evidence'},
    sentence ? h('blockquote', {class: 'sentence'}, highlighted(sentence, span, terms))
      : h('p', {class: 'note'}, 'Stated by the paper, without a sentence.'),
    h('div', {class: 'source'},
      paperLink(evidence.paper, evidence.paperTitle, evidence),
      where ? ` · ${where}` : '',
      evidence.confidence === null ? '' : ` · confidence ${formatNumber(evidence.confidence)}`,
      evidence.extractedBy ? h('span', {class: 'rule'}, ` · ${evidence.extractedBy}`) : ''));
}

/** Renders a list of evidence entries. */
export async function evidenceList(entries, terms) {
  return h('ol', {class: 'evidence-list'}, await Promise.all(entries.map(e => evidenceItem(e, terms))));
}

/** A link that opens the paper beside the current view, with the evidence's characters marked. */
export function paperLink(paperId, title, evidence = null) {
  const mark = evidence?.field && evidence.begin !== null && evidence.end !== null
    ? `${evidence.field}:${evidence.begin}:${evidence.end}` : null;
  const link = stateLink({paper: paperId, mark}, title || paperId);
  link.className = 'paper-link';
  link.dataset.paper = paperId;
  return link;
}

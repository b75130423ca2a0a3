// A keyboard-friendly combobox (WAI-ARIA combobox with a listbox popup) over concept search.
// ↓/↑ move through the suggestions, Enter picks one, Escape closes the list, the mouse works too.
import {h, replace} from './dom.js';
import {typeColour} from './palette.js';

let nextId = 0;

export class Autocomplete {
  /**
   * @param input the text input (role=combobox)
   * @param listbox the list (role=listbox) that shows the suggestions
   * @param source async (query, signal) => search hits ({concept, score, matched})
   * @param onSelect called with the chosen concept
   */
  constructor(input, listbox, {source, onSelect, delay = 120}) {
    this.input = input;
    this.listbox = listbox;
    this.source = source;
    this.onSelect = onSelect;
    this.delay = delay;
    this.hits = [];
    this.active = -1;
    this.prefix = `ac${nextId++}`;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', event => this.onKey(event));
    input.addEventListener('focus', () => this.hits.length && this.input.value && this.open());
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Sets the text and the chosen concept without searching. */
  set(concept) {
    this.input.value = concept?.name ?? '';
    this.input.dataset.conceptId = concept?.id ?? '';
    this.close();
  }

  /** Returns the chosen concept's id, or the text as typed (the API resolves names and aliases too). */
  value() {
    return this.input.dataset.conceptId || this.input.value.trim();
  }

  schedule() {
    this.input.dataset.conceptId = '';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(), this.delay);
  }

  async search() {
    const query = this.input.value.trim();
    this.controller?.abort();
    if (!query) {
      this.render([]);
      return;
    }
    this.controller = new AbortController();
    try {
      const hits = await this.source(query, this.controller.signal);
      if (query === this.input.value.trim()) this.render(hits);
    } catch (error) {
      if (error.name !== 'AbortError') this.render([], `Search failed: ${error.message}`);
    }
  }

  render(hits, message) {
    this.hits = hits;
    this.active = -1;
    const query = this.input.value.trim();
    const items = hits.map((hit, i) => this.option(hit, i, query));
    if (!hits.length && query) {
      items.push(h('li', {class: 'no-options', role: 'option', 'aria-disabled': 'true'}, message ?? 'No concept matches'));
    }
    replace(this.listbox, items);
    this.listbox.dataset.query = query;
    items.length ? this.open() : this.close();
  }

  option(hit, i, query) {
    const c = hit.concept;
    const alias = hit.matched && hit.matched !== c.name ? h('span', {class: 'alias'}, `also “${hit.matched}”`) : null;
    return h('li', {
      id: `${this.prefix}-${i}`, role: 'option', 'aria-selected': 'false', dataset: {id: c.id},
      onmousedown: event => event.preventDefault(), onclick: () => this.choose(i),
    },
    h('span', {class: 'swatch', style: `background:${typeColour(c.type)}`}),
    h('span', {class: 'name'}, marked(c.name, query)), alias,
    h('span', {class: 'meta'}, `${c.type} · ${c.papers} paper${c.papers === 1 ? '' : 's'}`));
  }

  onKey(event) {
    const open = !this.listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!open && this.hits.length) this.open();
        this.move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
        if (open && this.hits.length) {
          event.preventDefault();
          this.choose(Math.max(this.active, 0));
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.close();
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  move(step) {
    if (!this.hits.length) return;
    this.active = (this.active + step + this.hits.length) % this.hits.length;
    [...this.listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    const li = this.listbox.children[this.active];
    this.input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({block: 'nearest'});
  }

  choose(i) {
    const hit = this.hits[i];
    if (!hit) return;
    this.set(hit.concept);
    this.onSelect(hit.concept);
  }

  open() {
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

/** Returns the name with the first occurrence of the query marked. */
function marked(name, query) {
  const at = query ? name.toLowerCase().indexOf(query.toLowerCase()) : -1;
  if (at < 0) return name;
  return [name.slice(0, at), h('mark', {}, name.slice(at, at + query.length)), name.slice(at + query.length)];
}

// The explorer's state lives in the URL's hash (#view=explore&concept=vision-transformer&depth=2),
// so every view can be linked to, reloaded, and walked with the back button.

const LISTS = new Set(['predicates', 'types']);

/** Returns the state in the hash as an object; lists are arrays. */
export function readState() {
  const params = new URLSearchParams(location.hash.slice(1));
  const state = {};
  for (const [key, value] of params) {
    state[key] = LISTS.has(key) ? value.split(',').filter(Boolean) : value;
  }
  state.view ??= 'explore';
  return state;
}

/** Returns the hash for the current state with some keys changed (null removes a key). */
export function hashWith(changes) {
  const state = {...readState(), ...changes};
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return `#${params.toString().replaceAll('%2C', ',')}`;
}

/** Changes the state; the hashchange listener does the rest. */
export function setState(changes) {
  const hash = hashWith(changes);
  if (hash !== location.hash) location.hash = hash;
}

/** Makes a link that changes the state when followed, and still opens in a new tab. */
export function stateLink(changes, ...children) {
  const a = document.createElement('a');
  a.href = hashWith(changes);
  a.append(...children);
  // The hash is computed when the link is made; recompute on click so that it keeps later changes.
  a.addEventListener('click', event => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    setState(changes);
  });
  return a;
}

/** Returns the keys whose values differ between two states. */
export function changedKeys(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return new Set([...keys].filter(k => JSON.stringify(before[k]) !== JSON.stringify(after[k])));
}

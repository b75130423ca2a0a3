// Small DOM helpers: every text goes in as a text node, never as HTML.

/** Creates an element: h('a', {href: '#', class: 'x', onclick: f}, 'text', child, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'style') {
      // Through the CSSOM, which the Content-Security-Policy allows; a style attribute it would block.
      el.style.cssText = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Formats a number for people: 0.8 → "0.80", 81.5 → "81.5". */
export function formatNumber(value, digits = 2) {
  return value === null || value === undefined ? '' : Number(value).toFixed(digits).replace(/\.?0+$/, '') || '0';
}

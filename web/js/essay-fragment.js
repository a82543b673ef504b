// Shows an essay's page (GET …/reading) as the server built it: the essay reader writes a fragment from scratch with a
// fixed set of tags, encoded text, pictures as data: URIs and http(s) links only. It is still parsed as an inert
// document and copied element by element through the same allow-list, so nothing else can reach the page (and no
// inline script or style is needed, which the site's Content-Security-Policy forbids anyway).
const TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'EM', 'U', 'S', 'SUB', 'SUP', 'BR', 'OL', 'UL', 'LI',
  'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'IMG', 'A', 'SECTION', 'SPAN']);
const CLASSES = new Set(['essay-caption', 'essay-placeholder', 'essay-notes', 'essay-noteref', 'essay-backref', 'essay-truncated']);
const ATTRIBUTES = {
  href: (v) => /^https?:\/\//i.test(v) || /^#essay-[\w-]+$/.test(v),
  id: (v) => /^essay-[\w-]+$/.test(v),
  class: (v) => CLASSES.has(v),
  src: (v) => /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/=]+$/.test(v),
  alt: () => true,
  colspan: (v) => /^\d{1,3}$/.test(v),
  scope: (v) => v === 'col',
  'aria-label': () => true,
};

function copy(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const children = [...node.childNodes].map(copy).filter(Boolean);
  if (!TAGS.has(node.tagName)) {
    const span = document.createElement('span');
    span.append(...children);
    return span;
  }
  const element = document.createElement(node.tagName.toLowerCase());
  for (const { name, value } of node.attributes) {
    if (ATTRIBUTES[name]?.(value)) element.setAttribute(name, value);
  }
  if (element.tagName === 'A' && /^https?:/i.test(element.getAttribute('href') ?? '')) element.rel = 'nofollow noopener';
  element.append(...children);
  return element;
}

/** Puts the fragment in the container; links between the text and its notes move focus without changing the address. */
export function showEssay(container, html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  container.replaceChildren(...[...parsed.body.childNodes].map(copy).filter(Boolean));
  // A table wider than the column scrolls sideways; keyboard users reach it only if it can take focus.
  for (const table of container.querySelectorAll('table')) {
    if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
  }
  container.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#essay-"]');
    if (!link) return;
    const target = container.querySelector(`[id="${link.getAttribute('href').slice(1)}"]`);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  });
}

// Shows an e-mail's HTML part as its recipient would read it. The server writes that part from escaped text only
// (paragraphs, line breaks, and links to http(s) addresses), never from markup anyone typed; it is still parsed as an
// inert document and only those elements, with only an http(s) href, are copied into the page.
import { el } from '../dom.js';

export function showMailHtml(container, html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const copy = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const children = [...node.childNodes].map(copy).filter(Boolean);
    switch (node.tagName) {
      case 'P': return el('p', {}, ...children);
      case 'BR': return el('br');
      case 'A': return /^https?:\/\//i.test(node.getAttribute('href') ?? '') ? el('a', { href: node.getAttribute('href') }, ...children) : el('span', {}, ...children);
      default: return el('span', {}, ...children);
    }
  };
  container.replaceChildren(...[...parsed.body.childNodes].map(copy).filter(Boolean));
}

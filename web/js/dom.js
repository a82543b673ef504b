// Tiny element builder. Children are appended as nodes or text nodes, never parsed
// as HTML, so data from the API (a title may well contain "<script>") stays inert.

/**
 * el('a', { href: 'x.html', className: 'button' }, 'Gửi bài')
 * Props that exist on the element are set as properties (className, htmlFor,
 * textContent, hidden…); anything else (aria-*, data-*) becomes an attribute.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key in node) node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((child) => child != null && child !== false));
  return node;
}

/** Replaces all children of a container. */
export function replaceChildren(container, ...children) {
  container.replaceChildren(...children.flat().filter((child) => child != null && child !== false));
}

/** Only same-site paths and http(s) links: a document URL from data must not run script. */
export function safeHref(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Query-string parameter, trimmed; '' when absent. */
export function queryParam(name) {
  return (new URLSearchParams(window.location.search).get(name) ?? '').trim();
}

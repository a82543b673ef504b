// Which contest a page serves, decided here once. The server answers the contest a request names (?contest=id or the
// X-Contest header) and the deployment's default contest when none is named, so the page's contest is:
//   1. ?contest= in the page's own address (what printed letters, unit links and the home page's list carry);
//   2. on staff pages (/admin/, /judge/), the working contest the organizer chose in the header (kept in this browser);
//   3. none: the deployment's default contest, so every address printed before contests were records still opens it.
// api.js names it on every call; links that the browser opens itself (the site's pages, downloads and exports) carry
// it as ?contest=, so a visitor who came in through one contest's address stays in it from page to page.

const PARAM = 'contest';
const HEADER = 'X-Contest';
const WORKING_KEY = 'contestServerless.workingContest';

/** A link marked with this attribute points where it says (another contest, or none), and is never rewritten. */
export const OTHER_CONTEST = 'data-other-contest';

/** Pages of the secretariat and the jury, which work on the chosen working contest. */
export const isStaffPage = /^\/(admin|judge)(\/|$)/.test(window.location.pathname);

/** The contest the page's address names, or null. */
export const addressContest = new URLSearchParams(window.location.search).get(PARAM)?.trim() || null;

/** The working contest this browser keeps for staff pages, or null (the default contest). */
export function storedWorkingContest() {
  try {
    return window.localStorage.getItem(WORKING_KEY) || null;
  } catch {
    // Storage refused (a locked-down browser): staff work on the default contest or the address's.
    return null;
  }
}

/** The contest the page serves: its id, or null for the deployment's default contest. */
export const pageContest = addressContest ?? (isStaffPage ? storedWorkingContest() : null);

/** Keeps `id` as this browser's working contest for staff pages (null forgets it: the default contest). */
export function chooseWorkingContest(id) {
  try {
    if (id) window.localStorage.setItem(WORKING_KEY, id);
    else window.localStorage.removeItem(WORKING_KEY);
  } catch {
    // Nothing to keep it in: the switch then holds through the address alone (see switchWorkingContest).
  }
}

/**
 * Switches the staff pages to contest `id` and opens this page again in it. The address drops its own ?contest= when
 * the choice could be kept; without storage it names the chosen contest, so the switch still takes effect.
 */
export function switchWorkingContest(id) {
  chooseWorkingContest(id);
  const url = new URL(window.location.href);
  if (storedWorkingContest() === id) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, id);
  window.location.assign(url.href);
}

/** The header that names the page's contest to the API, for a call to this site's own API. */
export function contestHeaders(url) {
  if (!pageContest) return {};
  try {
    const target = new URL(url, window.location.href);
    // The list of contests belongs to none, and must answer even when the page's contest is gone.
    if (target.origin !== window.location.origin || target.pathname === '/api/contests') return {};
  } catch {
    return {};
  }
  return { [HEADER]: pageContest };
}

/**
 * `href` with the page's contest in its query when it is an address of this site that names none; anything else
 * (another site, an in-page #anchor, mailto:, blob:, the platform's sign-in) as it is.
 */
export function withContest(href, contest = pageContest) {
  if (!contest || typeof href !== 'string' || href === '' || href.startsWith('#')) return href;
  let url;
  try {
    url = new URL(href, window.location.href);
  } catch {
    return href;
  }
  if (url.origin !== window.location.origin || url.pathname.startsWith('/.auth/') || url.searchParams.has(PARAM)) return href;
  url.searchParams.set(PARAM, contest);
  return url.pathname + url.search + url.hash;
}

function keepContestIn(link) {
  if (link.hasAttribute(OTHER_CONTEST)) return;
  const href = link.getAttribute('href');
  const kept = withContest(href);
  if (kept !== href) link.setAttribute('href', kept);
}

// Links are written by the pages' HTML and by their scripts long after load (a row's link, an export's filter): one
// observer rewrites each as it appears or changes, so no page has to remember. A rewrite changes `href` once; the next
// notice finds the contest already named and leaves it.
if (pageContest) {
  const rewrite = (root) => {
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    if (root.matches('a[href], area[href]')) keepContestIn(root);
    for (const link of root.querySelectorAll('a[href], area[href]')) keepContestIn(link);
  };
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes') rewrite(change.target);
      else for (const node of change.addedNodes) rewrite(node);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
  rewrite(document.documentElement);
}

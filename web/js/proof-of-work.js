// The entry form's proof of work: the self-hosted ALTCHA widget (npm "altcha", copied to /vendor/altcha) solves the
// server's challenge in a worker while the entrant fills in the form. A person spends a second or two once; a script
// sending thousands of entries spends it for each. Nothing is sent to a third party.

import '../vendor/altcha/altcha.min.js';
import '../vendor/altcha/vi.js';

// The external build ships no worker inside it (a blob: worker would break the site's Content-Security-Policy):
// the PBKDF2 worker is a file of our own origin.
globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker('/vendor/altcha/pbkdf2.js'));

/**
 * The widget's stylesheet, fetched with the widget rather than named in the page's head, where it would hold up the
 * form's first paint on a slow link; the form shows the widget once it is styled.
 */
export const stylesheetLoaded = new Promise((resolve) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/vendor/altcha/altcha.css' });
  link.addEventListener('load', resolve);
  link.addEventListener('error', resolve);
  document.head.append(link);
});

/** The widget's settings: no vendor footer or logo, and no recording of the person's pointer movements. */
export const WIDGET_CONFIGURATION = JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false });

/** Follows one <altcha-widget>: its payload once verified, and a fresh challenge after each use. */
export class ProofOfWork {
  #widget;
  #payload = null;

  constructor(widget) {
    this.#widget = widget;
    widget.addEventListener('statechange', (event) => {
      this.#payload = event.detail?.state === 'verified' ? event.detail.payload : null;
    });
  }

  /** The widget's payload (base64), or null while it is not verified. */
  get payload() {
    return this.#payload;
  }

  /** A challenge is used once: after a create, start on a new one. */
  renew() {
    this.#payload = null;
    this.#widget.reset();
    this.#widget.verify();
  }
}

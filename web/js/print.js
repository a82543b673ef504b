// A "print" button: any button marked data-print prints the page. A page with no module of its own loads this
// directly; the rules page's module imports it.
// (The site's Content-Security-Policy allows no inline handlers, hence this module.)

for (const button of document.querySelectorAll('button[data-print]')) {
  button.addEventListener('click', () => window.print());
}

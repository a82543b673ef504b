// A "print" button on a page with no other script: any button marked data-print prints the page.
// (The site's Content-Security-Policy allows no inline handlers, hence this module.)

for (const button of document.querySelectorAll('button[data-print]')) {
  button.addEventListener('click', () => window.print());
}

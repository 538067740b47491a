// jsdom lays nothing out, so it has no `innerText` (the rendered text, with breaks between blocks), which the UI
// reads to log the wording a choice was made on. Here it is the element's text as jsdom knows it: unit tests check
// that the shown text is passed on; the browser tests check the breaks a real layout puts in it. Test files that
// run in Node have no DOM, and get nothing.
if (typeof HTMLElement == 'function' && !('innerText' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent ?? '';
    },
  });
}

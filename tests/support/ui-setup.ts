import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout, so it does not implement scrolling; the router restores scroll on navigation.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

// jsdom has <dialog> and its `open` attribute but not the methods that open and close it.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

// Screens load from the real API app on a real database: the first answer of a file can take a
// second while PGlite warms up, and several while the API project's fuzz keeps the other CPU busy.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // The UI store remembers the language in localStorage; every test starts from the default.
  localStorage.clear();
});

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

// Screens load from the real API app on a real database, in this same thread, and a route's
// first visit transforms its modules: on a busy 2-CPU machine a page has taken over 10 s to
// arrive. Tests check what arrives, not how fast (the benchmarks measure that), so waits are long.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  // The UI store remembers the language in localStorage; every test starts from the default.
  localStorage.clear();
});

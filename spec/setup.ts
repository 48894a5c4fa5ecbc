import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Lazy chunks and the fake Zendesk answer within a few ms alone, but CI machines run many suites at
// once: the default 1 s wait for findBy… failed under load while nothing was wrong.
configure({ asyncUtilTimeout: 4000 });

// Garden reads matchMedia at import time; jsdom does not provide it.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

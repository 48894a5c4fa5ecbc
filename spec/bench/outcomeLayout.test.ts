import { documentTop } from '../../bench/outcomeLayout';

/** The write button's offset is measured in the browser; here, the arithmetic, on a laid-out element's numbers. */
describe('where an element sits in the sidebar’s page', () => {
  const at = (top: number): HTMLElement => {
    const element = document.createElement('button');
    document.body.append(element);
    element.getBoundingClientRect = () => ({ top, left: 0, right: 0, bottom: top + 32, width: 0, height: 32, x: 0, y: top, toJSON: () => ({}) });
    return element;
  };
  const scrolledBy = (px: number) => Object.defineProperty(window, 'scrollY', { value: px, configurable: true });
  afterEach(() => scrolledBy(0));

  it('is its top edge from the top of the document, not of the viewport', () => {
    scrolledBy(0);
    expect(documentTop(at(812.4))).toBe(812);
    scrolledBy(860);
    expect(documentTop(at(40))).toBe(900);
    expect(documentTop(at(-100))).toBe(760);
  });
});

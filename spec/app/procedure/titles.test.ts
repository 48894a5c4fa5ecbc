import { PROCEDURE_TITLES } from '../../../src/app/procedure/titles';
import { TREES } from '../../../src/trees';

describe('the procedure titles on the first screen', () => {
  it('are the trees’ own titles, for every tree and no other', () => {
    const fromTrees = Object.fromEntries(Object.values(TREES).map((tree) => [tree.id, tree.title]));
    expect(PROCEDURE_TITLES).toEqual(fromTrees);
  });
});

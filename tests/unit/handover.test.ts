import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

type HandoverModule = typeof import('../../src/integrations/handover.ts');
// Two instances of the module, as Astro's separately bundled config, loader and routes have
// (a query string makes Node load the file again as another module).
const instance = async (name: string) => (await import(`../../src/integrations/handover.ts?instance=${name}`)) as HandoverModule;
const first = await instance('config');
const second = await instance('routes');

describe('a hand-over between parts of the build', () => {
  it('reaches another instance of the module in the same process', () => {
    assert.notEqual(first.handover, second.handover);
    first.handover<string>('test-shared').set('checked');
    assert.equal(second.handover<string>('test-shared').get(), 'checked');
  });

  it('keeps hand-overs of different names apart, and is empty before anything is handed over', () => {
    first.handover<number>('test-a').set(1);
    assert.equal(second.handover<number>('test-b').get(), undefined);
    assert.equal(second.handover<number>('test-a').get(), 1);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

// Two instances of the module, as Astro's separately bundled config, loader and routes have.
const first = (await import('../../src/integrations/handover.ts?instance=config')) as typeof import('../../src/integrations/handover.ts');
const second = (await import('../../src/integrations/handover.ts?instance=routes')) as typeof import('../../src/integrations/handover.ts');

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

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breadcrumbIds, childrenOf, isSectionPage, parentOf, topLevelOf } from '../../src/site/tree.ts';

const nodes = [
  { id: 'akut-hjalp', order: 5 },
  { id: 'asyl/index', order: 10 },
  { id: 'asyl/lma', order: 30 },
  { id: 'asyl/ansoka', order: 10 },
  { id: 'asyl/beslut/index', order: 90 },
  { id: 'asyl/beslut/overklaga', order: 10 },
  { id: 'om/index', order: 40 },
  { id: 'om/utan-ordning' },
];

describe('page tree', () => {
  it('lists a section’s own pages by order, not pages of sub-sections', () => {
    assert.deepEqual(childrenOf('asyl/index', nodes).map((node) => node.id), ['asyl/ansoka', 'asyl/lma', 'asyl/beslut/index']);
    assert.deepEqual(childrenOf('asyl/beslut/index', nodes).map((node) => node.id), ['asyl/beslut/overklaga']);
  });

  it('puts pages without an order last', () => {
    assert.deepEqual(childrenOf('om/index', nodes).map((node) => node.id), ['om/utan-ordning']);
  });

  it('lists top-level sections and loose pages on the home page', () => {
    assert.deepEqual(topLevelOf(nodes).map((node) => node.id), ['akut-hjalp', 'asyl/index', 'om/index']);
  });

  it('builds the breadcrumb trail from existing section pages', () => {
    const existing = new Set(nodes.map((node) => node.id));
    assert.deepEqual(breadcrumbIds('asyl/beslut/overklaga', existing), ['asyl/index', 'asyl/beslut/index']);
    assert.equal(parentOf('asyl/lma', existing), 'asyl/index');
    assert.equal(parentOf('akut-hjalp', existing), undefined);
  });

  it('knows a section page from a page', () => {
    assert.equal(isSectionPage('asyl/index'), true);
    assert.equal(isSectionPage('asyl/lma'), false);
    assert.equal(isSectionPage('index'), false);
  });
});

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { contentTypeOf, fileForUrlPath } from '../../tools/static-files.ts';

describe('static files', () => {
  const root = path.resolve('/site/dist');
  it('serves a folder URL from its index.html', () => {
    assert.equal(fileForUrlPath(root, '/ar/om-sverige/?q=x'), path.join(root, 'ar/om-sverige/index.html'));
    assert.equal(fileForUrlPath(root, '/pagefind/pagefind.js'), path.join(root, 'pagefind/pagefind.js'));
  });
  it('normalises `..` away, so it stays in the folder', () => {
    assert.equal(fileForUrlPath(root, '/../../etc/passwd'), path.join(root, 'etc/passwd'));
    assert.equal(fileForUrlPath(root, '/%2e%2e/%2e%2e/etc/passwd'), path.join(root, 'etc/passwd'));
    assert.equal(fileForUrlPath(root, '/%E0%A4%A'), null);
  });
  it('refuses what normalising cannot see: encoded backslashes on Windows', () => {
    const windowsRoot = 'C:\\site\\dist';
    assert.equal(fileForUrlPath(windowsRoot, '/ar/index.html', path.win32), 'C:\\site\\dist\\ar\\index.html');
    assert.equal(fileForUrlPath(windowsRoot, '/..%5C..%5Cwindows%5Cwin.ini', path.win32), null);
  });
  it('names content types', () => {
    assert.equal(contentTypeOf('a/index.html'), 'text/html; charset=utf-8');
    assert.equal(contentTypeOf('x.pf_meta'), 'application/octet-stream');
  });
});

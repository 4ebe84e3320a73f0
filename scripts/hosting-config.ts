/**
 * npm run hosting:config
 * Writes the shipped server configurations (hosting/Caddyfile, hosting/nginx.conf) from
 * src/hosting/policy.ts. A unit test fails when the committed files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { caddyfile, nginxServerBlock } from '../src/hosting/host-configs.ts';

const folder = path.join(import.meta.dirname, '..', 'hosting');
writeFileSync(path.join(folder, 'Caddyfile'), caddyfile());
writeFileSync(path.join(folder, 'nginx.conf'), nginxServerBlock());
console.log(`Wrote ${path.join('hosting', 'Caddyfile')} and ${path.join('hosting', 'nginx.conf')}.`);

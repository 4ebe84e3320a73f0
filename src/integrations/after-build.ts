/**
 * The shape of the site's build steps: an Astro integration that does one thing after
 * `astro build` has written the site, given the output folder as a path and Astro's logger.
 * The steps run in the order astro.config.ts lists them.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export function afterBuild(name: string, step: (outDir: string, logger: AstroIntegrationLogger) => void | Promise<void>): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:build:done': ({ dir, logger }) => step(fileURLToPath(dir), logger),
    },
  };
}

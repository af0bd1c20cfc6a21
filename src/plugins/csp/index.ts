/**
 * The CSP plugin: after a build, writes the site's Content-Security-Policy
 * into every page, with the hashes of the site's own inline scripts (see
 * `src/security/csp.ts`). It does nothing in `npm start`, whose dev server
 * needs inline scripts and `eval`.
 */
import type {Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {secureBuild} from '../../security/csp';

export default function cspPlugin(): Plugin {
  return {
    name: 'kb-csp',
    async postBuild({outDir}) {
      const count = secureBuild(outDir);
      logger.info(`Content-Security-Policy written into ${count} pages.`);
    },
  };
}

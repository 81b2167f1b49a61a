/**
 * `npm run deploy:config`: writes deploy/nginx.conf from the header table. A unit test fails
 * while the repository's file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { renderNginxConf } from '../lib/delivery/nginxConf';

writeFileSync('deploy/nginx.conf', renderNginxConf());
console.log('wrote deploy/nginx.conf');

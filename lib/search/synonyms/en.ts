/**
 * English query synonyms for transport troubleshooting. Each group lists words or phrases a
 * reader may type for the same thing; a query that contains one member also searches for the
 * others (at a lower weight than the words typed). Data only: add a group or a member here.
 */
export const synonymsEn: string[][] = [
  ['disk space', 'disk full', 'low disk', 'free space', 'out of disk', 'drive full', 'disk usage'],
  ['running out', 'insufficient', 'not enough', 'low'],
  ['back pressure', 'backpressure', 'resource pressure', 'throttled', 'throttling'],
  ['certificate', 'cert', 'ssl certificate', 'tls certificate'],
  ['expired', 'out of date', 'no longer valid'],
  ['authentication', 'auth', 'logon', 'login', 'credentials', 'sign in'],
  ['queue', 'queued', 'backlog'],
  ['memory', 'ram'],
  ['dns', 'name resolution', 'dns lookup'],
  ['failed to start', 'fails to start', 'does not start', 'not starting', 'cannot start'],
  ['permission', 'permissions', 'access denied', 'rights', 'not permitted'],
  ['rejected', 'refused', 'denied', 'bounced'],
  ['email', 'e-mail', 'mail', 'message'],
];

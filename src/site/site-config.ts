/**
 * Settings a deployment changes, in one place. The public address of the site is SITE_URL
 * (astro.config.mjs); the rest is here.
 */

/**
 * Where "Report a problem with this page" sends the reader's e-mail: the editors' inbox, which
 * forwards a wrong translation to that language's editors. The site sends nothing itself: the
 * link opens the reader's own e-mail program with the page, language and version filled in.
 */
export const problemReportAddress = 'rattelser@nyisverige.example';

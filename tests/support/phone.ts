/** The phone the first-screen tests read the site on (issue #13): a common small Android screen. */
export const phone = { width: 360, height: 740 };

/**
 * The web app manifest of one language (`/<lang>/manifest.webmanifest`): a reader who adds the
 * guide to the home screen gets it named, described and laid out in their language, opening
 * at their language's home page.
 */
import { appIconUrl, appIcons } from './app-icon.ts';

/** Light and dark theme colours; pages say the same with `<meta name="theme-color" media=…>`. */
export const themeColors = { light: '#005a30', dark: '#121212' } as const;
export const backgroundColors = { light: '#ffffff', dark: '#121212' } as const;

export interface WebManifestInput {
  lang: string;
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  name: string;
  shortName: string;
  description: string;
}

export function webManifestFor(input: WebManifestInput) {
  const home = `/${input.lang}/`;
  return {
    id: home,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.htmlLang,
    dir: input.dir,
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: backgroundColors.light,
    theme_color: themeColors.light,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...appIcons.map((icon) => ({ src: appIconUrl(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
    ],
  };
}

/** The home-screen icons, drawn at build time: /icons/icon-192.png and the other sizes. */
import type { APIRoute } from 'astro';
import { appIcons, drawIcon, encodePng } from '../../offline/app-icon.ts';

export function getStaticPaths() {
  return appIcons.map((icon) => ({ params: { name: icon.name }, props: { icon } }));
}

export const GET: APIRoute = ({ props }) => {
  const icon = props['icon'] as (typeof appIcons)[number];
  return new Response(new Uint8Array(encodePng(drawIcon(icon), icon.size)), { headers: { 'content-type': 'image/png' } });
};

/**
 * The easy read pictures as files (/easy-read/pictures/<id>.svg), from content/easy-read/pictures/.
 * The content check has already checked each one is listed and safe.
 */
import type { APIRoute, GetStaticPaths } from 'astro';

const files = import.meta.glob<string>('../../../../content/easy-read/pictures/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const getStaticPaths = (() =>
  Object.entries(files).map(([path, svg]) => ({
    params: {
      picture: path
        .split('/')
        .pop()!
        .replace(/\.svg$/, ''),
    },
    props: { svg },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });

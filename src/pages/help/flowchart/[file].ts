/**
 * The flowchart's drawings as SVG files (/help/flowchart/flowchart-<hash>.svg), one per drawing on
 * the page (see src/build-tools/flowchart-drawings.ts). Each carries Mermaid's styles once, inside it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { flowchartFiles } from '../../../build-tools/flowchart-drawings.ts';
import { getTree } from '../../../site-data.ts';

export const getStaticPaths = (async () => {
  const files = await flowchartFiles(await getTree());
  return [...files].map(([file, svg]) => ({ params: { file }, props: { svg } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });

// @ts-check
// The floor: Astro's defaults (default Markdown processor, no integrations).
import { defineConfig } from 'astro/config';

export default defineConfig({});

// Types of Astro's virtual modules (astro:content) for tsc; Astro itself does not need this file.
/// <reference types="astro/client" />

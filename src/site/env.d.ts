// Types of Astro's virtual modules for tsc; Astro itself does not need this file.
/// <reference types="astro/client" />

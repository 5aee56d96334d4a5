import { defineCollection } from 'astro:content';
import { errataArticles } from './content-loader.ts';

export const collections = {
  articles: defineCollection({ loader: errataArticles() }),
};

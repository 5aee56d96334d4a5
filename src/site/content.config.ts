import { defineCollection } from 'astro:content';
import { errataArticles } from '../build/astro-loader.ts';

export const collections = {
  articles: defineCollection({ loader: errataArticles() }),
};

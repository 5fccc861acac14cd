/**
 * What a detail page gives BaseLayout for link previews and search engines: its share card
 * (`image`, `imageAlt`), Open Graph `type` and schema.org `jsonLd`. One call per page keeps
 * the pages' own code untouched.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import { cardAltText, siteCard, speakerCard, statusCard } from './share-card.ts';
import type { CommitmentRecord, QuoteRecord, SiteIndex } from './site-index.ts';
import { newsArticleJsonLd, personJsonLd, quotationJsonLd, type JsonLd } from './structured-data.ts';
import { requireSiteUrl, siteCardImageUrl, speakerCardImageUrl, statusCardImageUrl } from './urls.ts';

export interface PageMeta {
  image: string;
  imageAlt: string;
  type?: 'article';
  jsonLd?: JsonLd;
}

export function articlePageMeta(slug: string, data: ArticleData, siteUrl: URL | undefined): PageMeta {
  const base = requireSiteUrl(siteUrl);
  const image = siteCardImageUrl();
  return {
    image,
    imageAlt: cardAltText(siteCard(base)),
    type: 'article',
    jsonLd: newsArticleJsonLd({ slug, data, image, siteUrl: base }),
  };
}

/** A quote's card is its speaker's (the words are in og:title and og:description). */
export function quotePageMeta(record: QuoteRecord, site: SiteIndex, siteUrl: URL | undefined): PageMeta {
  const base = requireSiteUrl(siteUrl);
  const speaker = site.actors.get(record.quote.speaker);
  if (!speaker) throw new Error(`quote ${record.quote.id}: unknown speaker ${record.quote.speaker}`);
  return {
    image: speakerCardImageUrl(record.quote.speaker),
    imageAlt: cardAltText(speakerCard(speaker, site, base)),
    jsonLd: quotationJsonLd({
      record,
      speaker,
      article: site.articleBySlug.get(record.article),
      siteUrl: base,
    }),
  };
}

export function actorPageMeta(id: string, actor: Actor, site: SiteIndex, siteUrl: URL | undefined): PageMeta {
  const base = requireSiteUrl(siteUrl);
  return {
    image: speakerCardImageUrl(id),
    imageAlt: cardAltText(speakerCard(actor, site, base)),
    jsonLd: personJsonLd({ id, actor, country: site.countries.get(actor.country), siteUrl: base }),
  };
}

/**
 * A commitment's card is its current status's (the title is in og:title, the status's date in
 * og:description: one card per status, not per commitment and date).
 */
export function commitmentPageMeta(record: CommitmentRecord, _site: SiteIndex, siteUrl: URL | undefined): PageMeta {
  const { status } = record.current;
  return {
    image: statusCardImageUrl(status),
    imageAlt: cardAltText(statusCard(status, requireSiteUrl(siteUrl))),
  };
}

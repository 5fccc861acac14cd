/**
 * What a detail page gives BaseLayout for link previews and search engines: its share card
 * (`image`, `imageAlt`), Open Graph `type` and schema.org `jsonLd`. One call per page keeps
 * the pages' own code untouched.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import { cardAltText, commitmentCard, quoteCard, siteCard } from './share-card.ts';
import type { CommitmentRecord, QuoteRecord, SiteIndex } from './site-index.ts';
import { newsArticleJsonLd, personJsonLd, quotationJsonLd, type JsonLd } from './structured-data.ts';
import { commitmentCardImageUrl, quoteCardImageUrl, requireSiteUrl, siteCardImageUrl } from './urls.ts';

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

export function quotePageMeta(record: QuoteRecord, site: SiteIndex, siteUrl: URL | undefined): PageMeta {
  const base = requireSiteUrl(siteUrl);
  return {
    image: quoteCardImageUrl(record.quote.id),
    imageAlt: cardAltText(quoteCard(record, site, base)),
    jsonLd: quotationJsonLd({
      record,
      speaker: site.actors.get(record.quote.speaker),
      article: site.articleBySlug.get(record.article),
      siteUrl: base,
    }),
  };
}

export function actorPageMeta(id: string, actor: Actor, site: SiteIndex, siteUrl: URL | undefined): PageMeta {
  const base = requireSiteUrl(siteUrl);
  return {
    image: siteCardImageUrl(),
    imageAlt: cardAltText(siteCard(base)),
    jsonLd: personJsonLd({ id, actor, country: site.countries.get(actor.country), siteUrl: base }),
  };
}

export function commitmentPageMeta(record: CommitmentRecord, site: SiteIndex, siteUrl: URL | undefined): PageMeta {
  const base = requireSiteUrl(siteUrl);
  return {
    image: commitmentCardImageUrl(record.commitment.id),
    imageAlt: cardAltText(commitmentCard(record, site, base)),
  };
}

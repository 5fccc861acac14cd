/**
 * What a detail page gives BaseLayout for link previews and search engines: its share card
 * (`image`, `imageAlt`), Open Graph `type` and schema.org `jsonLd`. One call per page keeps
 * the pages' own code untouched.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import { articleCard, cardAltText, hasOwnCard, siteCard, speakerCard, statusCard } from './share-card.ts';
import type { CommitmentRecord, QuoteRecord, SiteIndex } from './site-index.ts';
import { shortenAtWord, withoutDanglingPunctuation } from './snippet.ts';
import { newsArticleJsonLd, personJsonLd, quotationJsonLd, type JsonLd } from './structured-data.ts';
import { articleCardImageUrl, requireSiteUrl, siteCardImageUrl, speakerCardImageUrl, statusCardImageUrl } from './urls.ts';

export interface PageMeta {
  /** Page title and description, where the page's own words make them. */
  title?: string;
  description?: string;
  image: string;
  imageAlt: string;
  type?: 'article';
  jsonLd?: JsonLd;
}

/** An article's own card (a draft shows the site's); its summary, whole, is the description. */
export function articlePageMeta(slug: string, data: ArticleData, site: SiteIndex, siteUrl: URL | undefined): Required<Pick<PageMeta, 'title' | 'description'>> & PageMeta {
  const base = requireSiteUrl(siteUrl);
  const ownCard = hasOwnCard(data);
  const image = ownCard ? articleCardImageUrl(slug) : siteCardImageUrl();
  return {
    title: data.title,
    description: withoutDanglingPunctuation(data.summary),
    image,
    imageAlt: cardAltText(ownCard ? articleCard(data, site, base) : siteCard(base)),
    type: 'article',
    jsonLd: newsArticleJsonLd({ slug, data, image, siteUrl: base }),
  };
}

/** Quoted words in a title: cut after a whole word, so a preview never shows half a word. */
const QUOTE_TITLE_LENGTH = 70;

/**
 * A quote's card is its speaker's; the words are in the title (shortened at a word) and the
 * description (whole), neither ending on a dangling comma.
 */
export function quotePageMeta(record: QuoteRecord, site: SiteIndex, siteUrl: URL | undefined): Required<Omit<PageMeta, 'type'>> {
  const base = requireSiteUrl(siteUrl);
  const { quote } = record;
  const speaker = site.actors.get(quote.speaker);
  if (!speaker) throw new Error(`quote ${quote.id}: unknown speaker ${quote.speaker}`);
  const words = quote.translation ?? quote.text;
  return {
    title: `${speaker.name}: “${shortenAtWord(words, QUOTE_TITLE_LENGTH)}”`,
    description: `${quote.kind === 'reported' ? 'Reported speech' : 'Quote'} by ${speaker.name}: ${withoutDanglingPunctuation(words)}`,
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

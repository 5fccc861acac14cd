/** One page of every kind in the URL contract, for the tests that visit each kind. */
export const PAGE_KINDS = {
  home: '/',
  article: '/articles/paris-summit-security-guarantees/',
  timeline: '/timeline/',
  quotes: '/quotes/',
  quote: '/quotes/macron-unprecedented-unity/',
  'reported quote': '/quotes/putin-warns-against-nato-troops/',
  actors: '/actors/',
  actor: '/actors/keir-starmer/',
  countries: '/countries/',
  country: '/countries/gb/',
  commitments: '/commitments/',
  commitment: '/commitments/uk-france-military-hubs/',
  search: '/search/?q=troops',
  data: '/data/',
  methodology: '/methodology/',
  corrections: '/corrections/',
};

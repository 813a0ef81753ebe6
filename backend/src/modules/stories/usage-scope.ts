import { registerEnumType } from '@nestjs/graphql';

/**
 * What the author lets the brand do with a story and its photos. COMMUNITY (shown in this
 * product) comes with posting; the others are granted and withdrawn one by one, and every reuse
 * surface checks the one it needs (galleries: PRODUCT_PAGES).
 */
export enum UsageScope {
  COMMUNITY = 'COMMUNITY',
  BRAND_CHANNELS = 'BRAND_CHANNELS',
  PRODUCT_PAGES = 'PRODUCT_PAGES',
  ADVERTISING = 'ADVERTISING',
}

registerEnumType(UsageScope, {
  name: 'UsageScope',
  valuesMap: {
    COMMUNITY: { description: 'Shown in this product (implied by posting).' },
    BRAND_CHANNELS: { description: "The brand's own social accounts." },
    PRODUCT_PAGES: { description: "Galleries on product pages and in the brand's mini-program." },
    ADVERTISING: { description: 'Paid advertising.' },
  },
});

/** The scopes that are reuse beyond the community, in the order people are asked for them. */
export const REUSE_SCOPES: readonly UsageScope[] = [UsageScope.BRAND_CHANNELS, UsageScope.PRODUCT_PAGES, UsageScope.ADVERTISING];
export const ALL_SCOPES: readonly UsageScope[] = [UsageScope.COMMUNITY, ...REUSE_SCOPES];

/** A set of scopes as stored: COMMUNITY always, each once, in the canonical order. */
export function normalizedScopes(scopes: readonly UsageScope[]): UsageScope[] {
  const wanted = new Set(scopes);
  return ALL_SCOPES.filter((scope) => scope === UsageScope.COMMUNITY || wanted.has(scope));
}

/** What a submission consents to: usageScopes when given, else grantUsageRights' all-or-nothing (older clients). */
export function submittedScopes(input: { grantUsageRights: boolean; usageScopes?: UsageScope[] | null }): UsageScope[] {
  return normalizedScopes(input.usageScopes ?? (input.grantUsageRights ? ALL_SCOPES : []));
}

/** "Usage rights granted" as older clients and the analytics mean it: some reuse is allowed. */
export const grantsReuse = (scopes: readonly string[]): boolean => scopes.some((scope) => scope !== UsageScope.COMMUNITY);

/** The SQL twin of a scope check, for queries over stories aliased `alias`. */
export const scopeGrantedSql = (scope: UsageScope, alias = 's'): string => `'${scope}' = ANY(${alias}.usage_scopes)`;

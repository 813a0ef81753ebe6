import type { TFunction } from 'i18next';
import type { UsageScope } from '../../gql/graphql';

/** The scopes an author grants one by one, in the order they are asked (COMMUNITY comes with posting). */
export const REUSE_SCOPES: readonly UsageScope[] = ['BRAND_CHANNELS', 'PRODUCT_PAGES', 'ADVERTISING'];

/** Only the reuse scopes, each once, in the asking order (what setUsageScopes and submit send). */
export const reuseScopesOf = (scopes: readonly string[]): UsageScope[] => REUSE_SCOPES.filter((scope) => scopes.includes(scope));

/** A set of scopes in plain words, e.g. "product pages, paid ads", or "only here". */
export function describeScopes(t: TFunction, scopes: readonly string[]): string {
  const reuse = reuseScopesOf(scopes);
  return reuse.length ? reuse.map((scope) => t(`usageScopes.short_${scope}` as const)).join(t('usageScopes.separator')) : t('usageScopes.onlyHere');
}

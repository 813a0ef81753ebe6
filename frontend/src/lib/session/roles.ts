import type { ViewerQuery } from '../../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['me']>;
export type ViewerRole = Viewer['role'];

export const MODERATOR_ROLES: readonly ViewerRole[] = ['MODERATOR', 'ADMIN'];
export const BRAND_ROLES: readonly ViewerRole[] = ['BRAND_STAFF', 'ADMIN'];

export function canModerate(viewer: Viewer | null | undefined): boolean {
  return !!viewer && MODERATOR_ROLES.includes(viewer.role);
}

export function canManageCampaigns(viewer: Viewer | null | undefined): boolean {
  return !!viewer && BRAND_ROLES.includes(viewer.role);
}

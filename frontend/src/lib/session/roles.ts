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

/** Every role, from least to most trusted. */
export const ROLES: readonly ViewerRole[] = ['CUSTOMER', 'BRAND_STAFF', 'MODERATOR', 'ADMIN'];

/** Only administrators give or take away roles (setUserRole). */
export function canManageRoles(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === 'ADMIN';
}

import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  CUSTOMER = 'CUSTOMER',
  MODERATOR = 'MODERATOR',
  BRAND_STAFF = 'BRAND_STAFF',
  ADMIN = 'ADMIN',
}

export const ROLES = Object.values(Role);

registerEnumType(Role, { name: 'Role' });

/** Who may moderate content, and who may run campaigns. ADMIN can do everything. */
export const MODERATOR_ROLES = [Role.MODERATOR, Role.ADMIN];
export const BRAND_ROLES = [Role.BRAND_STAFF, Role.ADMIN];

export const isModerator = (user: { role: string }) => (MODERATOR_ROLES as string[]).includes(user.role);
export const isBrandStaff = (user: { role: string }) => (BRAND_ROLES as string[]).includes(user.role);

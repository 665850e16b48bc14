/** Public resolve API: the `resolve` component, canonical names, linking helpers for later stages. */
export { createResolver, documentRoles, linkResources, resolveRoleMention } from './resolve.js';
export { canonicalName } from './canonical.js';
export { appositionCase, initials, normName, sameStem, type RoleRecord } from './link.js';

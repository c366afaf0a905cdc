import type { ArgumentMetadata } from '@nestjs/common';

/** @nestjs/graphql's GqlParamtype.ROOT, the kind of an @Parent() parameter (the enum is not exported). */
const GQL_PARAM_ROOT = 0;

/**
 * Whether a pipe is looking at a field resolver's parent: an object the server built itself,
 * not client input. The argument pipes skip it, or they would transform and validate every
 * parent object once per resolved field (a hundred times on a thread page).
 */
export function isParentParam(metadata: ArgumentMetadata): boolean {
  return (metadata.type as unknown) === GQL_PARAM_ROOT;
}

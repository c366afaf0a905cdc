import { Extensions } from '@nestjs/graphql';
import type { GraphQLField } from 'graphql';

const PROMISED = 'promised';

/**
 * Marks a field whose parent's property may hold a promise or thenable rather than the value
 * itself (a count whose query runs only when the field is asked for). The executor reads plain
 * fields straight from their parent's property (see `plainFields` in the API): a field so marked
 * keeps a resolver, which the executor awaits.
 */
export const PromisedField = (): PropertyDecorator & MethodDecorator & ClassDecorator => Extensions({ [PROMISED]: true });

/** Whether the field was marked with `@PromisedField()`. */
export function isPromisedField(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions?.[PROMISED] === true;
}

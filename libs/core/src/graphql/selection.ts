import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields a lean row of an object type carries: `true` for a field read from the row, a
 * nested shape for an object field whose own lean row comes with it. `__typename` always fits.
 */
export interface SelectionShape {
  readonly [field: string]: true | SelectionShape;
}

const fits = new WeakMap<FieldNode, WeakMap<SelectionShape, boolean>>();

/**
 * Whether the selection of the field being resolved (through fragments, in every node the
 * operation merged into it) reads only what `shape` carries, so that a lean row can answer it.
 * `@include`/`@skip` are not weighed: a field that might be selected counts as selected. Cached
 * per field node and shape, so each field of a parsed operation is judged once.
 */
export function selectionWithin(info: GraphQLResolveInfo, shape: SelectionShape): boolean {
  return info.fieldNodes.every((node) => {
    let byShape = fits.get(node);
    if (!byShape) fits.set(node, (byShape = new WeakMap()));
    let fit = byShape.get(shape);
    if (fit === undefined) {
      fit = !node.selectionSet || setWithin(node.selectionSet, shape, info);
      byShape.set(shape, fit);
    }
    return fit;
  });
}

function setWithin(set: SelectionSetNode, shape: SelectionShape, info: GraphQLResolveInfo): boolean {
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD: {
        const name = selection.name.value;
        if (name === '__typename') return true;
        const allowed = shape[name];
        if (!allowed) return false;
        if (allowed === true) return !selection.selectionSet;
        return !selection.selectionSet || setWithin(selection.selectionSet, allowed, info);
      }
      case Kind.INLINE_FRAGMENT:
        return setWithin(selection.selectionSet, shape, info);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = info.fragments[selection.name.value];
        return !!fragment && setWithin(fragment.selectionSet, shape, info);
      }
      default:
        return false;
    }
  });
}

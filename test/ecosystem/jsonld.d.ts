// jsonld ships no type declarations; the tests use only `expand`.
declare module 'jsonld' {
  const jsonld: { expand(input: object, options?: object): Promise<Array<Record<string, unknown>>> };
  export default jsonld;
}

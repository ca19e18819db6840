/** Ends an exhaustive switch: TypeScript fails the build when a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

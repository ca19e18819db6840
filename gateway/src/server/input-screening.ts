import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// With the u flag a well-formed pair is one code point: only a lone surrogate matches.
const loneSurrogate = /[\uD800-\uDFFF]/u;

/** What is wrong with a string argument, or null. Every `ID` of this API is a UUID. */
function problemOf(value: string, scalar: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (loneSurrogate.test(value)) return 'contains a lone surrogate (text that is not valid Unicode)';
  if (scalar === 'ID' && !uuid.test(value)) return 'is not an id this API gave (a UUID)';
  return null;
}

function refuse(path: string, problem: string): never {
  throw new GraphQLError(`Argument ${path} ${problem}.`, {
    extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } },
  });
}

/** A variable's value (JSON as sent), walked along its declared type. */
function screenValue(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) screenValue(item, inner.ofType, `${path}[${index}]`);
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    const fields = inner.getFields();
    for (const [name, fieldValue] of Object.entries(value)) {
      const field = fields[name];
      if (field) screenValue(fieldValue, field.type, `${path}.${name}`);
    }
    return;
  }
  if (isScalarType(inner) && typeof value === 'string') {
    const problem = problemOf(value, inner.name);
    if (problem) refuse(path, problem);
  }
  if (isScalarType(inner) && inner.name === 'JSONObject') screenJson(value, path);
}

/** Free-form JSON arguments: every string in them, keys included. */
function screenJson(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const problem = problemOf(value, 'String');
    if (problem) refuse(path, problem);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) screenJson(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      screenJson(key, path);
      screenJson(item, `${path}.${key}`);
    }
  }
}

/** A literal written in the document, walked along the argument's type. */
function screenLiteral(node: ValueNode, type: GraphQLInputType, path: string): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (node.kind === Kind.LIST && isListType(inner)) {
    for (const [index, item] of node.values.entries()) screenLiteral(item, inner.ofType, `${path}[${index}]`);
  } else if (node.kind === Kind.OBJECT && isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      if (definition) screenLiteral(field.value, definition.type, `${path}.${field.name.value}`);
    }
  } else if (node.kind === Kind.STRING) {
    const scalar = isListType(inner) ? inner.ofType : inner;
    const named = isNonNullType(scalar) ? scalar.ofType : scalar;
    const problem = problemOf(node.value, isScalarType(named) ? named.name : 'String');
    if (problem) refuse(path, problem);
  }
}

// Apollo hands the same parsed document to every request with the same query text, and a
// document's literals never change: each document's literals are screened once.
const screenedLiterals = new WeakSet<DocumentNode>();

export function screenDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): void {
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type) screenValue(variables[name], type, `$${name}`);
  }
  if (screenedLiterals.has(document)) return;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const type = typeInfo.getInputType();
        if (type) screenLiteral(node.value, type, node.name.value);
        return false;
      },
    }),
  );
  screenedLiterals.add(document);
}

/**
 * Hostile text never reaches a service or PostgreSQL: before anything runs, every string of
 * every argument (variables and literals, nested inputs, JSON) is refused with BAD_USER_INPUT
 * naming the argument when it holds a NUL byte (PostgreSQL cannot store one) or a lone surrogate
 * (not Unicode), and every `ID` must be a UUID. One boundary instead of a check per field.
 */
export function inputScreening(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          screenDocument(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}

import { assertNever } from '../../assert-never.js';
import {
  AgentFileAccessDocument,
  AgentFileErasureDocument,
  AgentFileExportDocument,
  AgentFileObjectionDocument,
} from '../../graphql/generated.js';
import type { GraphQLClient } from '../../graphql/graphql-client.js';

/** The requests an agent files for a caller; the gateway leaves each awaiting the office's identity check. */
export const agentRequestTypes = ['ACCESS', 'EXPORT', 'ERASURE', 'OBJECTION'] as const;
export type AgentRequestType = (typeof agentRequestTypes)[number];

export async function fileForCaller(
  client: GraphQLClient,
  subjectId: string,
  type: AgentRequestType,
  objection: { processing: string; reason: string },
): Promise<{ id: string; status: string }> {
  switch (type) {
    case 'ACCESS':
      return (await client.mutate(AgentFileAccessDocument, { subjectId })).requestDataAccess;
    case 'EXPORT':
      return (await client.mutate(AgentFileExportDocument, { subjectId })).requestDataExport;
    case 'ERASURE':
      return (await client.mutate(AgentFileErasureDocument, { subjectId })).requestErasure;
    case 'OBJECTION':
      return (await client.mutate(AgentFileObjectionDocument, { subjectId, ...objection })).fileMotivatedObjection;
    default:
      return assertNever(type);
  }
}

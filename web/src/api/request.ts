import { print } from '@0no-co/graphql.web';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLErrorLike, codeOf, type ErrorCode } from './errors';

/** A GraphQL request outside React (the offline queue): the data, or why not. */
export type Outcome<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message?: string; field?: string };

export async function request<T, V>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  token: string | null,
): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
  let body: { data?: T | null; errors?: GraphQLErrorLike[] };
  try {
    body = await response.json();
  } catch {
    return { ok: false, code: response.status >= 500 ? 'UNAVAILABLE' : 'NETWORK' };
  }
  const first = body.errors?.[0];
  if (first) {
    const field = first.extensions?.field;
    return { ok: false, code: codeOf(first), message: first.message, field: typeof field === 'string' ? field : undefined };
  }
  if (!body.data) return { ok: false, code: 'INTERNAL' };
  return { ok: true, data: body.data };
}

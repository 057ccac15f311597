/**
 * Idempotency keys for a form's submissions: sending the same registration again (a retry after a
 * network error or a 503) reuses the key, so the server answers with the first result instead of
 * registering twice; a changed registration is a new submission and gets a new key.
 */
export function submissionKeys(newKey: () => string): (body: unknown) => string {
  let last: { readonly body: string; readonly key: string } | undefined;
  return (body) => {
    const text = JSON.stringify(body);
    if (last?.body !== text) last = { body: text, key: newKey() };
    return last.key;
  };
}

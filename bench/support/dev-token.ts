/** A bearer token for a demo user from the server's dev sign-in (DEV_SIGN_IN=1). */
export async function devToken(serverUrl: string, userId: string): Promise<string> {
  const response = await fetch(`${serverUrl}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (response.status !== 200) throw new Error(`Utviklingsinnloggingen svarte ${response.status}.`);
  return ((await response.json()) as { token: string }).token;
}

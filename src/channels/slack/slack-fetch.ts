// The fetch given to Slack's Web API client. It calls `this.fetchFn(...)` with `redirect: 'error'`; workerd's
// fetch refuses both a foreign `this` ("Illegal invocation") and that mode ("must be one of follow or manual").
// A plain function asking for 'manual' and refusing any redirect itself behaves the same on Node and Workers.
export const slackFetch: typeof fetch = async (input, init) => {
  if (init?.redirect !== 'error') return fetch(input, init);
  const res = await fetch(input, { ...init, redirect: 'manual' });
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
    await res.body?.cancel();
    throw new TypeError(`Slack API answered with a redirect (${res.status}); redirects are refused`);
  }
  return res;
};

// Copies the sign-in token from the URL fragment into the form; the fragment never reaches the server on GET.
const t = new URLSearchParams(location.hash.slice(1)).get('t');
const input = document.querySelector('input[name="t"]');
if (t && input && !input.value) input.value = t;
if (t) history.replaceState(null, '', location.pathname);

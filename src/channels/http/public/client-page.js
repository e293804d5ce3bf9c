// The client page's one script: "Copy" on the outreach draft (subject and message as plain text).
for (const button of document.querySelectorAll('button.copy')) {
  const subject = document.getElementById(button.dataset.copySubject);
  const body = document.getElementById(button.dataset.copyBody);
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = `Subject: ${subject.value}\n\n${body.value}`;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      // No clipboard permission: select the message so the person can copy it themselves.
      body.focus();
      body.select();
      button.textContent = 'Press Ctrl+C';
    }
    setTimeout(() => { button.textContent = 'Copy'; }, 2000);
  });
}

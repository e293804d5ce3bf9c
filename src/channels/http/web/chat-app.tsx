// Entry of the chat page's bundle (scripts/build-web.mjs): mounts the chat into the page's #chat-root.
import './zod-jitless';
import { createRoot } from 'react-dom/client';
import { ChatPage } from './chat-page';

const root = document.getElementById('chat-root');
if (root) createRoot(root).render(<ChatPage />);

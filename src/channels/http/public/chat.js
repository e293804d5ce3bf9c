// The web chat without a framework: reads the AI SDK UI message stream (SSE "data: {json}" events) from
// POST /api/chat and renders text with textContent and tool results as cards (cards.js).
import { el, renderResult, renderApproval, renderTurn, tidy } from './cards.js';

const log = document.getElementById('log');
const input = document.getElementById('input');
const form = document.getElementById('composer');
const list = document.getElementById('conversations');
let conversationId = new URLSearchParams(location.search).get('c') || null;
let busy = false;

const scroll = () => { log.scrollTop = log.scrollHeight; };
const clearHint = () => document.getElementById('hint')?.remove();

function addUser(text) {
  clearHint();
  log.append(el('div', { class: 'msg user' }, el('div', { class: 'bubble', text })));
  scroll();
}
function addAssistant() {
  const box = el('div', { class: 'msg assistant' });
  log.append(box);
  return box;
}

async function send(text) {
  busy = true;
  form.querySelector('button').disabled = true;
  addUser(text);
  const box = addAssistant();
  const texts = new Map();
  const tools = new Map();
  const apply = (chunk) => {
    if (chunk.type === 'data-conversation') {
      if (conversationId !== chunk.data.id) { conversationId = chunk.data.id; history.replaceState(null, '', `/?c=${encodeURIComponent(conversationId)}`); }
    } else if (chunk.type === 'text-start') {
      const b = el('div', { class: 'bubble' }); texts.set(chunk.id, b); box.append(b);
    } else if (chunk.type === 'text-delta') {
      const b = texts.get(chunk.id); if (b) b.textContent += chunk.delta;
    } else if (chunk.type === 'tool-input-available') {
      tools.set(chunk.toolCallId, chunk.toolName);
    } else if (chunk.type === 'tool-output-available') {
      box.append(renderResult(tools.get(chunk.toolCallId), chunk.output, onTurn));
    } else if (chunk.type === 'data-approval') {
      box.append(renderApproval(chunk.data, onTurn));
    } else if (chunk.type === 'error') {
      box.append(el('div', { class: 'bubble error-text', text: chunk.errorText }));
    }
    scroll();
  };
  try {
    const res = await fetch('/api/chat', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ conversationId: conversationId || undefined, text }),
    });
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      if (res.status === 401) location.href = '/sign-in';
      box.append(el('div', { class: 'bubble error-text', text: body?.error?.message || `The server answered ${res.status}.` }));
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (let r; !(r = await reader.read()).done;) {
      buf += r.value;
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const ev = buf.slice(0, i); buf = buf.slice(i + 2);
        if (ev.startsWith('data: ') && ev !== 'data: [DONE]') apply(JSON.parse(ev.slice(6)));
      }
    }
  } catch {
    box.append(el('div', { class: 'bubble error-text', text: 'The connection dropped. Try again.' }));
  } finally {
    busy = false;
    form.querySelector('button').disabled = false;
    tidy(box);
    box.dataset.done = '1';
    loadConversations();
    input.focus();
  }
}

// A confirmation, cancel or undo answered with a whole turn: it is the newest answer, so it goes at the end
// (as it does when the conversation is reopened); the card that asked shows its own end state.
function onTurn(turn) {
  clearHint();
  const box = renderTurn(turn, onTurn);
  box.dataset.done = '1';
  log.append(box);
  scroll();
  loadConversations();
}

// "14:05" today, "Mon 14:05" this week, "3 Mar 14:05" before: enough to tell same-titled conversations apart.
function when(iso, seconds = false) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined });
  const days = (Date.now() - d.getTime()) / 864e5;
  if (d.toDateString() === new Date().toDateString()) return `Today ${time}`;
  if (days < 6) return `${d.toLocaleDateString(undefined, { weekday: 'short' })} ${time}`;
  return `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: days > 300 ? 'numeric' : undefined })} ${time}`;
}

async function loadConversations() {
  const res = await fetch('/api/conversations');
  if (!res.ok) return;
  const { conversations } = await res.json();
  // Same title in the same minute: the seconds tell them apart.
  const seen = new Map();
  for (const c of conversations) { const k = `${c.title}\n${when(c.updatedAt)}`; seen.set(k, (seen.get(k) || 0) + 1); }
  list.replaceChildren(...conversations.map((c) => {
    const clash = seen.get(`${c.title}\n${when(c.updatedAt)}`) > 1;
    const b = el('button', { type: 'button', class: c.id === conversationId ? 'on' : '', title: c.title },
      el('span', { class: 'title', text: c.title }), el('span', { class: 'when', text: when(c.updatedAt, clash) }));
    b.addEventListener('click', () => openConversation(c.id));
    return b;
  }));
}

async function openConversation(id) {
  const res = await fetch(`/api/conversations/${encodeURIComponent(id)}`);
  if (!res.ok) return;
  const conv = await res.json();
  conversationId = conv.id;
  history.replaceState(null, '', `/?c=${encodeURIComponent(id)}`);
  log.replaceChildren();
  let box = null;
  const boxes = [];
  const open = () => { box = addAssistant(); box.dataset.done = '1'; boxes.push(box); };
  for (const m of conv.messages) {
    if (m.role === 'user') { addUser(m.text); box = null; continue; }
    // A confirmed action's outcome is its own answer, as it was when Confirm was clicked.
    if (!box || m.role === 'outcome') open();
    if (m.role === 'assistant') box.append(el('div', { class: 'bubble', text: m.text }));
    else if (m.role === 'approval') box.append(renderApproval(m.approval, onTurn));
    else if (m.role === 'outcome') { box.append(el('div', { class: 'bubble', text: m.text }), renderResult(m.toolName, m.result, onTurn)); box = null; }
    else box.append(renderResult(m.toolName, m.result, onTurn));
  }
  boxes.forEach(tidy);
  loadConversations();
  scroll();
}

input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text || busy) return;
  input.value = '';
  send(text);
});
document.getElementById('new-chat').addEventListener('click', () => {
  conversationId = null;
  history.replaceState(null, '', '/');
  log.replaceChildren(el('p', { class: 'muted', id: 'hint', text: 'New conversation.' }));
  loadConversations();
  input.focus();
});

loadConversations();
if (conversationId) openConversation(conversationId);
input.focus();

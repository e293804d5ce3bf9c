// A tiny Socket Mode server on loopback: the WebSocket handshake and text frames over node:http (RFC 6455,
// enough for Slack's protocol), "hello" on connect, envelopes sent on demand, and the app's acks collected.
// Point the fake Web API's apps.connections.open at `url` (fake.useSocket(url)).
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

export type FakeSocketMode = {
  url: string;
  /** Every JSON message the app sent (acks: { envelope_id, payload }). */
  received: Array<Record<string, any>>;
  /** Sends one envelope to every connected app. */
  send(envelope: Record<string, unknown>): void;
  /** Resolves with the app's ack for this envelope. */
  waitForAck(envelopeId: string): Promise<Record<string, any>>;
  close(): Promise<void>;
};

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len])
    : len < 65536 ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff])
      : Buffer.concat([Buffer.from([0x80 | opcode, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(len)); return b; })()]);
  return Buffer.concat([head, payload]);
}

/** Reads complete client frames (always masked) off the front of `buf`; returns them and the rest. */
function readFrames(buf: Buffer): { frames: Array<{ opcode: number; payload: Buffer }>; rest: Buffer } {
  const frames: Array<{ opcode: number; payload: Buffer }> = [];
  let at = 0;
  while (buf.length - at >= 2) {
    const opcode = buf[at] & 0x0f;
    let len = buf[at + 1] & 0x7f;
    let off = at + 2;
    if (len === 126) { if (buf.length < off + 2) break; len = buf.readUInt16BE(off); off += 2; }
    else if (len === 127) { if (buf.length < off + 8) break; len = Number(buf.readBigUInt64BE(off)); off += 8; }
    const masked = (buf[at + 1] & 0x80) !== 0;
    if (buf.length < off + (masked ? 4 : 0) + len) break;
    const mask = masked ? buf.subarray(off, off + 4) : null;
    if (masked) off += 4;
    const payload = Buffer.from(buf.subarray(off, off + len));
    if (mask) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
    frames.push({ opcode, payload });
    at = off + len;
  }
  return { frames, rest: buf.subarray(at) };
}

export async function startFakeSlackSocket(): Promise<FakeSocketMode> {
  const sockets = new Set<Duplex>();
  const received: Array<Record<string, any>> = [];
  const waiters: Array<{ id: string; resolve(m: Record<string, any>): void }> = [];
  const notify = () => {
    for (const w of [...waiters]) {
      const ack = received.find((m) => m.envelope_id === w.id);
      if (ack) { waiters.splice(waiters.indexOf(w), 1); w.resolve(ack); }
    }
  };
  const server: Server = createServer((_req, res) => { res.writeHead(426).end(); });
  server.on('upgrade', (req, socket) => {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    sockets.add(socket);
    let buf: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([buf, chunk]));
      buf = rest;
      for (const f of frames) {
        if (f.opcode === 0x1) { received.push(JSON.parse(f.payload.toString('utf8'))); notify(); }
        else if (f.opcode === 0x9) socket.write(frame(0xa, f.payload));
        else if (f.opcode === 0x8) { socket.end(frame(0x8, f.payload)); sockets.delete(socket); }
      }
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0CLIENTELE' } }))));
  });
  await new Promise<void>((resolve) => { server.listen(0, '127.0.0.1', resolve); });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake`,
    received,
    send(envelope) {
      const bytes = frame(0x1, Buffer.from(JSON.stringify(envelope)));
      for (const s of sockets) s.write(bytes);
    },
    waitForAck: (id) => new Promise((resolve) => { waiters.push({ id, resolve }); notify(); }),
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

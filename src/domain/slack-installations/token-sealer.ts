// The port that keeps bot tokens sealed at rest. The domain never sees a key or a cipher: the channel passes
// an implementation (AES-GCM with SLACK_TOKEN_KEY, src/channels/slack/token-cipher.ts).
export type TokenSealer = {
  seal(plain: string): Promise<string>;
  open(sealed: string): Promise<string>;
};

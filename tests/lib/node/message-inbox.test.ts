import { describe, expect, it } from 'vitest';
import { MessageInbox } from '../../../lib/node/message-inbox';

describe('MessageInbox', () => {
  it('gives messages in the order they came, whether they came before or after they were asked for', async () => {
    const inbox = new MessageInbox<number>();
    inbox.put(1);
    inbox.put(2);
    expect(await inbox.next()).toBe(1);
    expect(await inbox.next()).toBe(2);
    const third = inbox.next();
    inbox.put(3);
    expect(await third).toBe(3);
  });

  it('gives the messages come before a failure, then rejects with the first reason given', async () => {
    const inbox = new MessageInbox<string>();
    inbox.put('a');
    inbox.fail(new Error('first'));
    inbox.fail(new Error('second'));
    expect(await inbox.next()).toBe('a');
    await expect(inbox.next()).rejects.toThrow('first');
  });

  it('rejects a waiting request when it fails', async () => {
    const inbox = new MessageInbox<string>();
    const waiting = inbox.next();
    inbox.fail(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
  });
});

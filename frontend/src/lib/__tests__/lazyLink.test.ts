import { ApolloLink } from '@apollo/client';
import { parse } from 'graphql';
import { Observable, firstValueFrom } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { lazyLink } from '../apollo/createApolloClient';

const answering = (value: string) => new ApolloLink(() => new Observable((observer) => {
  observer.next({ data: { value } });
  observer.complete();
}));

const run = (link: ApolloLink) =>
  firstValueFrom(ApolloLink.execute(link, { query: parse('subscription Ticks { tick }') }, { client: {} as never }));

describe('lazyLink', () => {
  it('loads its link once, on the first operation, and sends every operation through it', async () => {
    const load = vi.fn(async () => answering('ok'));
    const link = lazyLink(load);
    expect(load).not.toHaveBeenCalled();
    expect(await run(link)).toEqual({ data: { value: 'ok' } });
    expect(await run(link)).toEqual({ data: { value: 'ok' } });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fails the operation when loading fails, and tries again on the next one', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk failed to download')).mockResolvedValue(answering('again'));
    const link = lazyLink(load);
    await expect(run(link)).rejects.toThrow('chunk failed to download');
    expect(await run(link)).toEqual({ data: { value: 'again' } });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

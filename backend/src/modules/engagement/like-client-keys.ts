import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '../../core/config/app-config';
import { derivedKey } from '../../core/config/instance-secret';

/**
 * Which likes came from the same place, without keeping where: a like stores an HMAC of its
 * client address under a key of the instance's own, cut to 128 bits. Equal addresses give equal
 * keys (a ring of throwaway accounts on one phone or one office network shows up), but no key
 * can be turned back into an address, and the database alone cannot even test a guess.
 */
@Injectable()
export class LikeClientKeys {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = derivedKey(config, 'like-secret', 'ugc:like-client:v1');
  }

  of(address: string | undefined): string | null {
    return address ? createHmac('sha256', this.key).update(address).digest('base64url').slice(0, 22) : null;
  }
}

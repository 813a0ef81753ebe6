import { Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { AppConfig } from '../config/app-config';

/**
 * Who the client is, for per-client limits: the socket's address, or the address a proxy named
 * in TRUSTED_PROXIES put in X-Forwarded-For. Anyone else's X-Forwarded-For is ignored: a client
 * that could choose its own address could step around every per-IP limit. HTTP requests and
 * websocket upgrades are identified by this one function, so both meet the same limits.
 */
@Injectable()
export class ClientAddress {
  readonly trust: (address: string, hop: number) => boolean;

  constructor(config: AppConfig) {
    this.trust = proxyAddr.compile(config.trustedProxies);
  }

  of(request: IncomingMessage): string {
    return proxyAddr(request, this.trust);
  }
}

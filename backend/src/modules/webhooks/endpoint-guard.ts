import { Injectable } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { isIP, LookupFunction } from 'node:net';
import { AppConfig } from '../../core/config/app-config';
import { BadUserInputError } from '../../core/errors/app-errors';

export class RefusedAddressError extends Error {}

/**
 * Only addresses on the public internet: ipaddr.js names every special range (loopback, private,
 * link-local such as 169.254.169.254, unique-local, multicast, unspecified, CGNAT, 6to4…);
 * IPv4-mapped IPv6 is judged as the IPv4 it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * The SSRF rule for webhook URLs. In production a URL may not name, or resolve to, anything but
 * public addresses, unless its host is allow-listed (WEBHOOK_ALLOWED_HOSTS); elsewhere any host
 * is fine (a receiver on the developer's machine). Checked when an endpoint is saved and again at
 * every delivery, where the connection goes to the very address that was checked (`lookup`), so a
 * name that resolves differently a moment later (DNS rebinding) cannot slip in.
 */
@Injectable()
export class EndpointGuard {
  private readonly enforced: boolean;
  private readonly allowed: Set<string>;

  constructor(config: AppConfig) {
    this.enforced = config.isProduction;
    this.allowed = new Set(config.webhookAllowedHosts);
  }

  /** A URL fit to save, or BAD_USER_INPUT saying why not. */
  async check(text: string): Promise<URL> {
    let url: URL;
    try {
      url = new URL(text.trim());
    } catch {
      throw new BadUserInputError('The URL is not valid.', 'url');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadUserInputError('Webhook URLs must start with http:// or https://.', 'url');
    if (url.username || url.password) throw new BadUserInputError('Webhook URLs may not hold credentials: receivers verify the signature instead.', 'url');
    if (text.length > 2000) throw new BadUserInputError('The URL is too long (2,000 characters at most).', 'url');
    if (!this.mustCheck(url)) return url;
    const host = hostOf(url);
    if (isIP(host)) {
      if (!isPublicAddress(host)) throw refused(host);
      return url;
    }
    let addresses: LookupAddress[];
    try {
      addresses = await new Promise((resolve, reject) => dnsLookup(host, { all: true }, (error, found) => (error ? reject(error) : resolve(found))));
    } catch {
      throw new BadUserInputError(`The host ${host} could not be resolved.`, 'url');
    }
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad || !addresses.length) throw refused(host);
    return url;
  }

  /** Whether a delivery to `url` goes through the address check (production, not allow-listed). */
  mustCheck(url: URL): boolean {
    return this.enforced && !this.allowed.has(hostOf(url));
  }

  /** Refuses an IP-literal host at delivery time (Node connects to those without a lookup). */
  assertLiteralAllowed(url: URL): void {
    const host = hostOf(url);
    if (this.mustCheck(url) && isIP(host) && !isPublicAddress(host)) throw new RefusedAddressError(`${host} is not a public address`);
  }

  /** A `lookup` for http.request that resolves, refuses any non-public answer, and hands over only checked addresses. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const bad = addresses.find((a) => !isPublicAddress(a.address));
      if (bad || !addresses.length) {
        const refusal = Object.assign(new RefusedAddressError(`${hostname} resolves to ${bad?.address ?? 'nothing'}, which is not a public address`), { code: 'EREFUSEDADDRESS' });
        return callback(refusal, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** The URL's host as addresses are written bare (no IPv6 brackets), lower case. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
}

function refused(host: string): BadUserInputError {
  return new BadUserInputError(`${host} is a private, loopback or otherwise internal address: webhooks go to public addresses only.`, 'url');
}

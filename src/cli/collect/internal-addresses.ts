/**
 * Addresses inside the network the collector runs in. A government office runs it on its
 * intranet: a page (or a redirect, or an attachment link) pointing at 127.0.0.1, 10.x, a router's
 * 192.168.x or a cloud's metadata service must not make it fetch there and publish what it found.
 * Ranges from the IANA special-purpose registries (RFC 6890 and its updates), the cloud metadata
 * addresses by name; classified with node:net's BlockList, which also matches an IPv4 address
 * written inside IPv6 (::ffff:127.0.0.1) against the IPv4 ranges.
 */

import { BlockList, isIP } from 'node:net';

export type InternalScope = 'loopback' | 'private' | 'link-local' | 'unspecified' | 'metadata' | 'multicast' | 'reserved';

/** An address the collector does not fetch without `--allow-private`, and what to call it. */
export interface InternalAddress {
  readonly scope: InternalScope;
  /** "a loopback address", for the refusal's line. */
  readonly what: string;
}

type Range = readonly [network: string, prefix: number];

/** Most specific first: the metadata addresses lie inside the link-local and private ranges. */
const RANGES: readonly {
  readonly scope: InternalScope;
  readonly what: string;
  readonly ipv4: readonly Range[];
  readonly ipv6: readonly Range[];
}[] = [
  {
    scope: 'metadata',
    what: 'a cloud metadata address',
    // AWS, Azure, Google, Huawei and others; AWS ECS tasks; Tencent Cloud; Alibaba Cloud; AWS over IPv6.
    ipv4: [
      ['169.254.169.254', 32],
      ['169.254.170.2', 32],
      ['169.254.0.23', 32],
      ['100.100.100.200', 32],
    ],
    ipv6: [['fd00:ec2::254', 128]],
  },
  { scope: 'unspecified', what: 'an unspecified address', ipv4: [['0.0.0.0', 8]], ipv6: [['::', 128]] },
  { scope: 'loopback', what: 'a loopback address', ipv4: [['127.0.0.0', 8]], ipv6: [['::1', 128]] },
  {
    scope: 'private',
    what: 'a private address',
    // fc00::/7 unique local; fec0::/10 the deprecated site-local, still private where it is used.
    ipv4: [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
    ],
    ipv6: [
      ['fc00::', 7],
      ['fec0::', 10],
    ],
  },
  { scope: 'private', what: 'a private (carrier-grade NAT) address', ipv4: [['100.64.0.0', 10]], ipv6: [] },
  { scope: 'link-local', what: 'a link-local address', ipv4: [['169.254.0.0', 16]], ipv6: [['fe80::', 10]] },
  { scope: 'multicast', what: 'a multicast address', ipv4: [['224.0.0.0', 4]], ipv6: [['ff00::', 8]] },
  { scope: 'reserved', what: 'a reserved address', ipv4: [['240.0.0.0', 4]], ipv6: [] },
];

const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  for (const [network, prefix] of range.ipv4) list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of range.ipv6) list.addSubnet(network, prefix, 'ipv6');
  return { list, internal: { scope: range.scope, what: range.what } satisfies InternalAddress };
});

/** NAT64's well-known prefix (RFC 6052): a gateway turns 64:ff9b::a.b.c.d into the IPv4 address a.b.c.d. */
const NAT64 = new BlockList();
NAT64.addSubnet('64:ff9b::', 96, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (a zone such as %eth0 dropped). */
function ipv6Groups(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** The IPv4 address in the last 32 bits of an IPv6 one. */
function lastIpv4(address: string): string {
  const groups = ipv6Groups(address);
  const [high, low] = [groups[6]!, groups[7]!];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/**
 * Whether an IP address is internal — loopback, private, link-local, unspecified, a cloud's
 * metadata service, multicast or reserved — and what to call it; null for a public address.
 * Throws a TypeError for anything but an IP address: names are resolved first, and every address
 * they resolve to is judged.
 */
export function internalAddress(address: string): InternalAddress | null {
  const family = isIP(address.replace(/%.*$/, ''));
  if (family === 0) throw new TypeError(`not an IP address: ${address}`);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, internal } of LISTS) if (list.check(address, type)) return internal;
  if (family === 6 && NAT64.check(address, 'ipv6')) return internalAddress(lastIpv4(address));
  return null;
}

/** The IP address a URL's host names ("[::1]" → "::1"), or null for a name that must be resolved. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(bare) === 0 ? null : bare;
}

/** "::ffff:7f00:1 (IPv4 127.0.0.1)": an address as shown in a refusal, an IPv4 address inside IPv6 spelt out. */
export function showAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  return mapped ? `${address} (IPv4 ${lastIpv4(address)})` : address;
}

import { describe, expect, it } from 'vitest';

import { internalAddress, literalAddress } from './internal-addresses';

/** What the collector says an address is, or 'public'. */
const kind = (address: string) => internalAddress(address)?.what ?? 'public';

describe('internal addresses', () => {
  it('reads a host of an address as the IP it names, in every numeric form the URL parser accepts', () => {
    const hostOf = (url: string) => literalAddress(new URL(url).hostname);
    for (const form of [
      'http://127.0.0.1/',
      'http://0x7f000001/',
      'http://2130706433/',
      'http://0177.0.0.1/',
      'http://127.1/',
      'http://0x7f.0.0.1/',
    ])
      expect(hostOf(form)).toBe('127.0.0.1');
    expect(hostOf('http://0/')).toBe('0.0.0.0');
    expect(hostOf('http://[::1]/')).toBe('::1');
    expect(hostOf('http://[::ffff:127.0.0.1]/')).toBe('::ffff:7f00:1');
    expect(hostOf('http://localhost/')).toBeNull();
    expect(hostOf('http://www.example.gov.cn/')).toBeNull();
  });

  it('names loopback, private, link-local, unspecified, metadata, multicast and reserved addresses, IPv4 inside IPv6 too', () => {
    const expected: Record<string, readonly string[]> = {
      'a loopback address': ['127.0.0.1', '127.0.0.2', '127.255.255.254', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::7f00:1'],
      'a private address': [
        '10.0.0.1',
        '10.255.255.255',
        '172.16.0.1',
        '172.31.255.255',
        '192.168.1.1',
        'fc00::1',
        'fd12:3456::1',
        'fec0::1',
        '::ffff:10.1.2.3',
        '::ffff:192.168.0.10',
        '64:ff9b::a00:1',
      ],
      'a private (carrier-grade NAT) address': ['100.64.0.1', '100.127.255.254'],
      'a link-local address': ['169.254.1.1', 'fe80::1', 'febf::1', 'fe80::1%eth0', '::ffff:169.254.7.7'],
      'an unspecified address': ['0.0.0.0', '0.1.2.3', '::', '::ffff:0.0.0.0'],
      'a cloud metadata address': [
        '169.254.169.254',
        '169.254.170.2',
        '169.254.0.23',
        '100.100.100.200',
        'fd00:ec2::254',
        '::ffff:169.254.169.254',
      ],
      'a multicast address': ['224.0.0.1', '239.255.255.250', 'ff02::1'],
      'a reserved address': ['240.0.0.1', '255.255.255.255'],
      public: [
        '8.8.8.8',
        '114.114.114.114',
        '172.15.255.255',
        '172.32.0.0',
        '192.169.0.1',
        '11.0.0.1',
        '100.63.255.255',
        '100.128.0.0',
        '169.253.255.255',
        '2001:4860::8888',
        '240e::1',
        'fbff::1',
        '::ffff:8.8.8.8',
        '64:ff9b::808:808',
      ],
    };
    const found = Object.fromEntries(
      Object.entries(expected).map(([what, addresses]) => [what, addresses.filter((address) => kind(address) === what)]),
    );
    expect(found).toEqual(expected);
  });

  it('takes only IP addresses: a host name is the resolver’s to answer', () => {
    expect(() => internalAddress('localhost')).toThrow(TypeError);
  });
});

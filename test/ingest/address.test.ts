import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nonPublicReason, ipv6Groups } from '../../src/ingest/address.js';

test('non-public IPv4 addresses are named', () => {
  const refused: Record<string, RegExp> = {
    '127.0.0.1': /loopback/, '127.5.6.7': /loopback/, '10.1.2.3': /private/, '172.16.0.1': /private/, '172.31.255.255': /private/,
    '192.168.1.1': /private/, '169.254.169.254': /link-local/, '0.0.0.0': /unspecified/, '100.64.0.1': /carrier-grade/,
    '100.127.255.254': /carrier-grade/, '224.0.0.1': /multicast/, '255.255.255.255': /reserved/,
  };
  for (const [ip, why] of Object.entries(refused)) assert.match(nonPublicReason(ip) ?? 'public', why, ip);
});

test('public IPv4 addresses pass, including neighbours of private ranges', () => {
  for (const ip of ['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '192.169.0.1', '169.253.1.1', '11.0.0.1']) {
    assert.equal(nonPublicReason(ip), null, ip);
  }
});

test('IPv6: loopback, unique local, link-local, mapped IPv4 are refused; global unicast passes', () => {
  assert.match(nonPublicReason('::1') ?? '', /loopback/);
  assert.match(nonPublicReason('::') ?? '', /unspecified/);
  assert.match(nonPublicReason('fc00::1') ?? '', /unique local/);
  assert.match(nonPublicReason('fd12:3456::1') ?? '', /unique local/);
  assert.match(nonPublicReason('fe80::1%eth0') ?? '', /link-local/);
  assert.match(nonPublicReason('::ffff:127.0.0.1') ?? '', /IPv4-mapped/);
  assert.match(nonPublicReason('::ffff:8.8.8.8') ?? '', /IPv4-mapped/);
  assert.match(nonPublicReason('[::1]') ?? '', /loopback/);
  assert.match(nonPublicReason('64:ff9b::a00:1') ?? '', /private/); // NAT64 of 10.0.0.1
  assert.match(nonPublicReason('2002:c0a8:101::1') ?? '', /private/); // 6to4 of 192.168.1.1
  assert.equal(nonPublicReason('2001:4860:4860::8888'), null);
  assert.equal(nonPublicReason('2a00:1450:4001:82a::200e'), null);
  assert.match(nonPublicReason('example.org') ?? '', /not an IP/);
});

test('IPv6 groups expand "::" and dotted tails', () => {
  assert.deepEqual(ipv6Groups('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(ipv6Groups('fe80::'), [0xfe80, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(ipv6Groups('::ffff:10.0.0.1'), [0, 0, 0, 0, 0, 0xffff, 0x0a00, 1]);
  assert.deepEqual(ipv6Groups('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8]);
});

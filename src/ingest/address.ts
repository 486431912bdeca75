/**
 * Which network addresses an article fetch may connect to. Everything that is not a public unicast address is
 * refused unless the caller allows private targets: a URL from a feed or a user must not reach the machine
 * itself, the local network or cloud metadata endpoints (server-side request forgery).
 */
import { isIPv4, isIPv6 } from 'node:net';

/** The reason an address is not public ("loopback", "private", ...), or null for a public address. */
export function nonPublicReason(ip: string): string | null {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (isIPv4(bare)) return ipv4Reason(bare.split('.').map(Number));
  if (isIPv6(bare)) return ipv6Reason(bare);
  return 'not an IP address';
}

function ipv4Reason(o: number[]): string | null {
  const [a, b] = [o[0]!, o[1]!];
  if (a === 0) return 'unspecified (0.0.0.0/8)';
  if (a === 127) return 'loopback';
  if (a === 10) return 'private (10/8)';
  if (a === 172 && b >= 16 && b <= 31) return 'private (172.16/12)';
  if (a === 192 && b === 168) return 'private (192.168/16)';
  if (a === 169 && b === 254) return 'link-local (169.254/16)';
  if (a === 100 && b >= 64 && b <= 127) return 'carrier-grade NAT (100.64/10)';
  if (a === 192 && b === 0 && o[2] === 0) return 'IETF protocol assignments (192.0.0/24)';
  if (a === 198 && (b === 18 || b === 19)) return 'benchmarking (198.18/15)';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved';
  return null;
}

/** Eight 16-bit groups of an IPv6 address (with "::" expanded and a dotted IPv4 tail converted). */
export function ipv6Groups(ip: string): number[] {
  let s = ip.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const o = tail[1]!.split('.').map(Number);
    s = s.slice(0, tail.index) + ((o[0]! << 8) | o[1]!).toString(16) + ':' + ((o[2]! << 8) | o[3]!).toString(16);
  }
  const [head, rest] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const r = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const fill = rest !== undefined ? new Array(8 - h.length - r.length).fill('0') : [];
  return [...h, ...fill, ...r].map((g) => parseInt(g, 16));
}

function ipv6Reason(ip: string): string | null {
  const g = ipv6Groups(ip);
  const zeroUpTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  if (zeroUpTo(5) && g[5] === 0xffff) return 'IPv4-mapped IPv6';
  if (zeroUpTo(6)) return 'IPv4-compatible IPv6';
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique local (fc00::/7)';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'site-local (fec0::/10)';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  // NAT64 and 6to4 carry an IPv4 address: judge that one.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return ipv4Reason([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  }
  if (g[0] === 0x2002) return ipv4Reason([g[1]! >> 8, g[1]! & 255, g[2]! >> 8, g[2]! & 255]);
  return null;
}

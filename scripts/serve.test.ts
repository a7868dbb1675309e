import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { lanUrls, serveOptions, studentUrls } from './serve';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
	({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('lanUrls', () => {
	it('lanUrls lists external IPv4 addresses, private ones first, with port and base path', () => {
		const urls = lanUrls(
			{
				lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
				eth0: [iface('203.0.113.5', 'IPv4'), iface('fe80::1', 'IPv6')],
				wlan0: [iface('192.168.1.20', 'IPv4')],
				docker0: [iface('172.17.0.1', 'IPv4')]
			},
			4173,
			'/atlas'
		);
		expect(urls).toEqual([
			'http://192.168.1.20:4173/atlas/',
			'http://172.17.0.1:4173/atlas/',
			'http://203.0.113.5:4173/atlas/'
		]);
	});

	it('lanUrls is empty when the machine has no network', () => {
		expect(lanUrls({ lo: [iface('127.0.0.1', 'IPv4', true)] }, 4173)).toEqual([]);
	});
});

describe('serveOptions / studentUrls', () => {
	it('defaults to every interface on port 4173 and the machine’s LAN addresses', () => {
		const o = serveOptions([], {});
		expect(o).toEqual({ port: 4173, base: '', host: true });
		expect(studentUrls(o, { wlan0: [iface('192.168.1.20', 'IPv4')] })).toEqual(['http://192.168.1.20:4173/']);
	});
	it('binds one address and announces the LAN address it is told (tests on loopback)', () => {
		const o = serveOptions(['--host', '127.0.0.2', '--lan-host', '127.0.0.2', '--port', '4322'], {
			BASE_PATH: '/atlas'
		});
		expect(o).toEqual({ port: 4322, base: '/atlas', host: '127.0.0.2', lanHost: '127.0.0.2' });
		expect(studentUrls(o, { wlan0: [iface('192.168.1.20', 'IPv4')] })).toEqual([
			'http://127.0.0.2:4322/atlas/'
		]);
		expect(serveOptions([], { PORT: '8080', LAN_HOST: '10.0.0.5' })).toEqual({
			port: 8080,
			base: '',
			host: true,
			lanHost: '10.0.0.5'
		});
	});
	it('rejects unknown options, missing values and bad ports', () => {
		expect(() => serveOptions(['--lan'], {})).toThrow(/unknown option/);
		expect(() => serveOptions(['--host'], {})).toThrow(/needs a value/);
		expect(() => serveOptions(['--port', 'x'], {})).toThrow(/invalid port/);
	});
});

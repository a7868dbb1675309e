import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { lanUrls } from './serve';

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

/** UI text of the QR hand-off, per UI language. */
export const qrStrings = {
	zh: {
		button: '二维码',
		buttonTitle: '用手机扫码打开当前视图',
		title: '扫码打开当前视图',
		label: '当前视图地址的二维码',
		close: '关闭',
		tooLong: '地址太长，无法生成二维码。',
		hint: '用手机相机扫描，在同一网络内打开此视图。',
		lanHint: '这是本机在局域网中的地址：连接同一 Wi-Fi 的手机扫码即可打开此视图。',
		checking: '正在查找手机可以打开的地址…',
		loopbackTitle: '手机无法打开这个地址',
		loopback:
			'此页面的地址（{host}）只指向这台电脑本身，学生用手机扫码会打不开。要让全班用手机打开：在这台电脑上运行 npm run serve，用它显示的局域网地址打开网页（或在这里再打开二维码），学生连接同一 Wi-Fi 后扫码。'
	},
	en: {
		button: 'QR code',
		buttonTitle: 'Open this view on a phone by scanning',
		title: 'Scan to open this view',
		label: 'QR code of this view’s address',
		close: 'Close',
		tooLong: 'The address is too long for a QR code.',
		hint: 'Scan with a phone camera on the same network to open this view.',
		lanHint:
			'This is this computer’s address on the local network: phones on the same Wi-Fi open this view by scanning.',
		checking: 'Looking for an address phones can open…',
		loopbackTitle: 'Phones cannot open this address',
		loopback:
			'This page’s address ({host}) points to this computer itself, so a phone that scans it will fail to open it. To present to a class: run npm run serve on this computer, open the local-network address it prints (or open this QR code again there), and have students join the same Wi-Fi and scan.'
	}
} as const;

export type QrLang = keyof typeof qrStrings;

/** UI text of the QR hand-off, per UI language. */
export const qrStrings = {
	zh: {
		button: '二维码',
		buttonTitle: '用手机扫码打开当前视图',
		title: '扫码打开当前视图',
		label: '当前视图地址的二维码',
		close: '关闭',
		tooLong: '地址太长，无法生成二维码。',
		hint: '用手机相机扫描，在同一网络内打开此视图。'
	},
	en: {
		button: 'QR code',
		buttonTitle: 'Open this view on a phone by scanning',
		title: 'Scan to open this view',
		label: 'QR code of this view’s address',
		close: 'Close',
		tooLong: 'The address is too long for a QR code.',
		hint: 'Scan with a phone camera on the same network to open this view.'
	}
} as const;

export type QrLang = keyof typeof qrStrings;

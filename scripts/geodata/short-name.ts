/** The 55 minority nationalities, as they appear in the names of autonomous units. */
const NATIONALITIES = (
	'蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 ' +
	'东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 ' +
	'俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
)
	.split(' ')
	.sort((a, b) => b.length - a.length);

const NAT = NATIONALITIES.join('|');
/** 峨边彝族自治县, 大通回族土族自治县, 龙胜各族自治县, 木垒哈萨克自治县, 东乡族自治县. */
const AUTONOMOUS = new RegExp(`^(.{2,}?)族?(?:各族|(?:${NAT})族?)*自治(?:县|旗|州)$`);
/** 管城回族区, 梅里斯达斡尔族区. */
const ETHNIC_DISTRICT = new RegExp(`^(.{2,}?)(?:(?:${NAT})族)+区$`);
const SUFFIX = /^(.{2,}?)(?:特别行政区|行政委员会|林区|特区|县|市|区|旗)$/;

/**
 * The short name of a county-level unit from its full name: 昭觉县 → 昭觉, 峨边彝族自治县 → 峨边,
 * 六枝特区 → 六枝, 管城回族区 → 管城. A name is kept whole when stripping would leave one character (和县, 城区, 东区).
 */
export function shortName(fullName: string): string {
	const full = fullName.trim();
	for (const pattern of [AUTONOMOUS, ETHNIC_DISTRICT, SUFFIX]) {
		const m = pattern.exec(full);
		if (m && m[1].length >= 2) return m[1];
	}
	return full;
}
